package dev.drydock.core.lint.rules;

import dev.drydock.core.lint.DockerfileRule;

import java.util.List;

/** The rules about package managers: apt-get, apk, yum, dnf, zypper, pip, npm, yarn, gem, go, in the order they run. */
public final class PackageManagerRules {

    private PackageManagerRules() {
    }

    public static List<DockerfileRule> all() {
        return List.of(
                new AptGetWithoutYes(),
                new AptGetWithoutNoInstallRecommends(),
                new AptGetVersionsNotPinned(),
                new AptListsNotDeleted(),
                new ApkAddWithoutNoCache(),
                new ApkAddVersionsNotPinned(),
                new PipWithoutNoCacheDir(),
                new PipVersionsNotPinned(),
                new GoInstallVersionsNotPinned(),
                new YumInstallWithoutYes(),
                new YumCacheNotCleaned(),
                new YumVersionsNotPinned(),
                new DnfInstallWithoutYes(),
                new DnfCacheNotCleaned(),
                new DnfVersionsNotPinned(),
                new ZypperWithoutNonInteractive(),
                new ZypperCacheNotCleaned(),
                new ZypperVersionsNotPinned(),
                new ZypperDistUpgrade(),
                new NpmVersionsNotPinned(),
                new NpmCacheNotCleaned(),
                new YarnCacheNotCleaned(),
                new GemVersionsNotPinned(),
                new PackageUpgradeInDockerfile(),
                new PackageSignatureCheckDisabled());
    }
}
