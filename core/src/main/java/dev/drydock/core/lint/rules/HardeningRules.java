package dev.drydock.core.lint.rules;

import dev.drydock.core.lint.DockerfileRule;

import java.util.List;

/** The rules about hardening beyond Hadolint: remote scripts, checksums, TLS verification, secrets, users, privileged builds, in the order they run. */
public final class HardeningRules {

    private HardeningRules() {
    }

    public static List<DockerfileRule> all() {
        return List.of(new RemoteScriptPipedToShell(), new AddUrlWithoutChecksum(), new VerificationDisabled(),
                new SecretInBuildInstruction(), new FinalStageWithoutUser(),
                new WorldWritablePermissions(), new SensitiveVolume(), new SshServerInImage(), new PrivilegedRunOption(),
                new RootUserReentered(), new BaseImageNotPinnedByDigest(), new BuildToolchainInFinalStage(),
                new WholeContextCopiedIntoFinalImage());
    }
}
