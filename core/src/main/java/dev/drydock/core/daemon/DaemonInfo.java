package dev.drydock.core.daemon;

import java.util.List;

/**
 * Facts about the Docker (or Docker-compatible) daemon Drydock is connected to.
 *
 * @param serverVersion   engine version, e.g. {@code 20.10.24}
 * @param apiVersion      highest API version the daemon speaks, e.g. {@code 1.41}
 * @param minApiVersion   lowest API version the daemon accepts
 * @param usedApiVersion  the API version Drydock negotiated and uses for requests
 * @param securityOptions raw security options as reported (e.g. {@code name=seccomp,profile=default})
 * @param runtimes        names of the configured OCI runtimes
 * @param cgroupVersion   {@code "1"} or {@code "2"}, empty when the daemon does not say
 * @param containerdVersion  containerd version from {@code /version} Components, empty when not reported
 * @param runcVersion        runc version from {@code /version} Components, empty when not reported
 * @param liveRestoreEnabled whether containers keep running while the daemon is down
 * @param insecureRegistries registries (CIDRs and names) the daemon reaches without TLS verification
 * @param experimental       whether experimental features are on
 */
public record DaemonInfo(
        String serverVersion,
        String apiVersion,
        String minApiVersion,
        String usedApiVersion,
        String operatingSystem,
        String osType,
        String kernelVersion,
        String architecture,
        String storageDriver,
        String loggingDriver,
        String cgroupDriver,
        String cgroupVersion,
        List<String> securityOptions,
        List<String> runtimes,
        String defaultRuntime,
        boolean rootless,
        int images,
        int containers,
        int containersRunning,
        int containersPaused,
        int containersStopped,
        String name,
        int cpus,
        long memoryBytes,
        String dockerRootDir,
        String containerdVersion,
        String runcVersion,
        boolean liveRestoreEnabled,
        List<String> insecureRegistries,
        boolean experimental) {

    public DaemonInfo {
        securityOptions = List.copyOf(securityOptions);
        runtimes = List.copyOf(runtimes);
        insecureRegistries = List.copyOf(insecureRegistries);
    }

    /** Facts without component versions, live-restore, registries or experimental (all unknown/off). */
    public DaemonInfo(String serverVersion, String apiVersion, String minApiVersion, String usedApiVersion,
                      String operatingSystem, String osType, String kernelVersion, String architecture,
                      String storageDriver, String loggingDriver, String cgroupDriver, String cgroupVersion,
                      List<String> securityOptions, List<String> runtimes, String defaultRuntime, boolean rootless,
                      int images, int containers, int containersRunning, int containersPaused,
                      int containersStopped, String name, int cpus, long memoryBytes, String dockerRootDir) {
        this(serverVersion, apiVersion, minApiVersion, usedApiVersion, operatingSystem, osType, kernelVersion,
                architecture, storageDriver, loggingDriver, cgroupDriver, cgroupVersion, securityOptions, runtimes,
                defaultRuntime, rootless, images, containers, containersRunning, containersPaused,
                containersStopped, name, cpus, memoryBytes, dockerRootDir, "", "", false, List.of(), false);
    }

    /** Whether the daemon sets no-new-privileges for every container by default. */
    public boolean noNewPrivilegesByDefault() {
        return hasSecurityOption("no-new-privileges");
    }

    public boolean seccompEnabled() {
        return hasSecurityOption("seccomp");
    }

    public boolean apparmorEnabled() {
        return hasSecurityOption("apparmor");
    }

    public boolean selinuxEnabled() {
        return hasSecurityOption("selinux");
    }

    public boolean userNamespacesEnabled() {
        return hasSecurityOption("userns");
    }

    private boolean hasSecurityOption(String name) {
        return securityOptions.stream().anyMatch(o -> o.equals(name) || o.startsWith("name=" + name));
    }
}
