package dev.drydock.core.audit.daemon;

import dev.drydock.core.daemon.DaemonInfo;

import java.util.List;

/** Builds {@link DaemonInfo} for check tests: a hardened Linux daemon unless told otherwise. */
final class DaemonInfoBuilder {

    private String serverVersion = "27.3.1";
    private String osType = "linux";
    private String kernelVersion = "6.8.0-45-generic";
    private String storageDriver = "overlay2";
    private String loggingDriver = "local";
    private String cgroupVersion = "2";
    private List<String> securityOptions =
            List.of("name=seccomp,profile=builtin", "name=userns", "name=no-new-privileges", "name=apparmor");
    private List<String> runtimes = List.of("runc", "runsc");
    private boolean rootless;
    private String containerdVersion = "1.7.22";
    private String runcVersion = "1.1.14";
    private boolean liveRestore = true;
    private List<String> insecureRegistries = List.of("127.0.0.0/8");
    private boolean experimental;
    private String operatingSystem = "Ubuntu 24.04";

    static DaemonInfoBuilder hardened() {
        return new DaemonInfoBuilder();
    }

    DaemonInfoBuilder serverVersion(String value) {
        serverVersion = value;
        return this;
    }

    DaemonInfoBuilder operatingSystem(String value) {
        operatingSystem = value;
        return this;
    }

    DaemonInfoBuilder osType(String value) {
        osType = value;
        return this;
    }

    DaemonInfoBuilder kernel(String value) {
        kernelVersion = value;
        return this;
    }

    DaemonInfoBuilder storageDriver(String value) {
        storageDriver = value;
        return this;
    }

    DaemonInfoBuilder loggingDriver(String value) {
        loggingDriver = value;
        return this;
    }

    DaemonInfoBuilder cgroupVersion(String value) {
        cgroupVersion = value;
        return this;
    }

    DaemonInfoBuilder securityOptions(String... values) {
        securityOptions = List.of(values);
        return this;
    }

    DaemonInfoBuilder runtimes(String... values) {
        runtimes = List.of(values);
        return this;
    }

    DaemonInfoBuilder rootless(boolean value) {
        rootless = value;
        return this;
    }

    DaemonInfoBuilder containerd(String value) {
        containerdVersion = value;
        return this;
    }

    DaemonInfoBuilder runc(String value) {
        runcVersion = value;
        return this;
    }

    DaemonInfoBuilder liveRestore(boolean value) {
        liveRestore = value;
        return this;
    }

    DaemonInfoBuilder insecureRegistries(String... values) {
        insecureRegistries = List.of(values);
        return this;
    }

    DaemonInfoBuilder experimental(boolean value) {
        experimental = value;
        return this;
    }

    DaemonInfo build() {
        return new DaemonInfo(serverVersion, "1.47", "1.24", "1.41", operatingSystem, osType, kernelVersion, "x86_64",
                storageDriver, loggingDriver, "systemd", cgroupVersion, securityOptions, runtimes, "runc", rootless,
                1, 0, 0, 0, 0, "host", 2, 1L << 30, "/var/lib/docker", containerdVersion, runcVersion, liveRestore,
                insecureRegistries, experimental);
    }
}
