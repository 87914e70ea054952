package dev.drydock.core.audit.container;

import dev.drydock.core.daemon.DaemonInfo;
import dev.drydock.core.daemon.DockerDesktop;

/**
 * The daemon's security features that decide whether a container check applies: a container cannot
 * have an AppArmor profile on a daemon without AppArmor (Docker Desktop, most non-Debian hosts).
 *
 * @param known    false when the daemon was not asked; the checks then judge only what the container shows
 * @param appArmor the daemon confines containers with AppArmor
 * @param selinux  the daemon labels containers for SELinux
 * @param dockerDesktop the daemon is Docker Desktop's, running containers in its own VM
 */
public record ContainerPlatform(boolean known, boolean appArmor, boolean selinux, boolean dockerDesktop) {

    /** The daemon's features are not known. */
    public static final ContainerPlatform UNKNOWN = new ContainerPlatform(false, false, false, false);

    /** A daemon that is not Docker Desktop's. */
    public ContainerPlatform(boolean known, boolean appArmor, boolean selinux) {
        this(known, appArmor, selinux, false);
    }

    /** The features of the daemon {@code info} describes (its {@code SecurityOptions} and operating system). */
    public static ContainerPlatform of(DaemonInfo info) {
        return new ContainerPlatform(true, info.apparmorEnabled(), info.selinuxEnabled(), DockerDesktop.runs(info));
    }

    /** Why a check of a security module the daemon lacks does not apply: {@code module} is "AppArmor" or "SELinux". */
    String lacking(String module) {
        return dockerDesktop
                ? "Docker Desktop runs containers in its own VM without " + module
                : "the daemon does not use " + module;
    }

    boolean lacksAppArmor() {
        return known && !appArmor;
    }

    boolean lacksSelinux() {
        return known && !selinux;
    }
}
