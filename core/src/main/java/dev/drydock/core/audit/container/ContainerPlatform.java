package dev.drydock.core.audit.container;

import dev.drydock.core.daemon.DaemonInfo;

/**
 * The daemon's security features that decide whether a container check applies: a container cannot
 * have an AppArmor profile on a daemon without AppArmor (Docker Desktop, most non-Debian hosts).
 *
 * @param known    false when the daemon was not asked; the checks then judge only what the container shows
 * @param appArmor the daemon confines containers with AppArmor
 * @param selinux  the daemon labels containers for SELinux
 */
public record ContainerPlatform(boolean known, boolean appArmor, boolean selinux) {

    /** The daemon's features are not known. */
    public static final ContainerPlatform UNKNOWN = new ContainerPlatform(false, false, false);

    /** The features of the daemon {@code info} describes (its {@code SecurityOptions}). */
    public static ContainerPlatform of(DaemonInfo info) {
        return new ContainerPlatform(true, info.apparmorEnabled(), info.selinuxEnabled());
    }

    boolean lacksAppArmor() {
        return known && !appArmor;
    }

    boolean lacksSelinux() {
        return known && !selinux;
    }
}
