package dev.drydock.core.audit.daemon;

import dev.drydock.core.daemon.DaemonInfo;

/** Small readings of {@link DaemonInfo} several checks share. */
final class DaemonFacts {

    private DaemonFacts() {
    }

    static boolean isLinux(DaemonInfo info) {
        return info.osType().isEmpty() || info.osType().equalsIgnoreCase("linux");
    }

    /** The value of {@code key} in a security option such as {@code name=seccomp,profile=default}. */
    static String securityOptionValue(DaemonInfo info, String name, String key) {
        for (String option : info.securityOptions()) {
            if (option.equals("name=" + name) || option.startsWith("name=" + name + ",")) {
                for (String part : option.split(",")) {
                    if (part.startsWith(key + "=")) {
                        return part.substring(key.length() + 1);
                    }
                }
                return "";
            }
        }
        return "";
    }
}
