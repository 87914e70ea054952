package dev.drydock.core.daemon;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A container's full inspect data, in Drydock's own shape. {@link #rawJson()} keeps the daemon's
 * answer verbatim for users who want to see it as {@code docker inspect} prints it.
 *
 * @param appArmorProfile the AppArmor profile the container runs under ({@code docker-default},
 *                        {@code unconfined}); empty when the daemon applies none
 * @param processLabel    the SELinux label of its processes; empty without SELinux
 */
public record ContainerDetails(
        String id,
        String name,
        String image,
        String imageId,
        Instant created,
        String path,
        List<String> args,
        ContainerState state,
        ContainerConfig config,
        HostSettings host,
        List<MountInfo> mounts,
        Map<String, String> networks,
        String rawJson,
        String appArmorProfile,
        String processLabel) {

    public ContainerDetails {
        args = List.copyOf(args);
        mounts = List.copyOf(mounts);
        networks = Map.copyOf(networks);
        appArmorProfile = appArmorProfile == null ? "" : appArmorProfile;
        processLabel = processLabel == null ? "" : processLabel;
    }

    /** Without the confinement labels (AppArmor profile, SELinux label): both empty. */
    public ContainerDetails(String id, String name, String image, String imageId, Instant created, String path,
                            List<String> args, ContainerState state, ContainerConfig config, HostSettings host,
                            List<MountInfo> mounts, Map<String, String> networks, String rawJson) {
        this(id, name, image, imageId, created, path, args, state, config, host, mounts, networks, rawJson, "", "");
    }

    /**
     * @param health {@code healthy}, {@code unhealthy}, {@code starting} or empty when the image
     *               has no health check
     */
    public record ContainerState(String status, boolean running, boolean paused, boolean restarting,
                                 boolean oomKilled, boolean dead, long pid, int exitCode, String error,
                                 Instant startedAt, Instant finishedAt, String health) {
    }

    /** What the image and {@code docker run} configured inside the container. */
    public record ContainerConfig(String hostname, String user, List<String> env, List<String> cmd,
                                  List<String> entrypoint, String workingDir, List<String> exposedPorts,
                                  Map<String, String> labels, List<String> healthcheck, boolean tty,
                                  boolean openStdin) {
        public ContainerConfig {
            env = List.copyOf(env);
            cmd = List.copyOf(cmd);
            entrypoint = List.copyOf(entrypoint);
            exposedPorts = List.copyOf(exposedPorts);
            labels = Map.copyOf(labels);
            healthcheck = List.copyOf(healthcheck);
        }
    }

    /**
     * The host-side settings of the container ({@code HostConfig}), the ones hardening is about.
     *
     * @param memoryBytes   0 when unlimited
     * @param nanoCpus      0 when unlimited
     * @param pidsLimit     0 or negative when unlimited
     * @param restartPolicy e.g. {@code no}, {@code always}, {@code on-failure:5}
     * @param ulimits       the container's own ulimits as {@code --ulimit} writes them: {@code nofile=1024:2048}
     * @param cgroupParent  {@code --cgroup-parent}; empty for the daemon's default
     * @param init          true when {@code --init} runs an init process as PID 1
     * @param maskedPaths   paths the runtime hides from the container; empty when privileged or run with
     *                      {@code --security-opt systempaths=unconfined} (the CLI sends empty lists)
     * @param readonlyPaths paths the runtime mounts read-only, such as {@code /proc/sys}; empty likewise
     */
    public record HostSettings(boolean privileged, List<String> capAdd, List<String> capDrop,
                               boolean readonlyRootfs, List<String> securityOpt, String networkMode,
                               String pidMode, String ipcMode, String utsMode, String userNsMode,
                               String cgroupnsMode, long memoryBytes, long nanoCpus, long cpuShares,
                               long pidsLimit, String restartPolicy, List<String> devices,
                               List<PortMapping> portBindings, List<String> binds, String runtime,
                               String logDriver, List<String> ulimits, String cgroupParent, boolean init,
                               List<String> maskedPaths, List<String> readonlyPaths) {
        public HostSettings {
            capAdd = List.copyOf(capAdd);
            capDrop = List.copyOf(capDrop);
            securityOpt = List.copyOf(securityOpt);
            devices = List.copyOf(devices);
            portBindings = List.copyOf(portBindings);
            binds = List.copyOf(binds);
            ulimits = List.copyOf(ulimits);
            cgroupParent = cgroupParent == null ? "" : cgroupParent;
            maskedPaths = List.copyOf(maskedPaths);
            readonlyPaths = List.copyOf(readonlyPaths);
        }

        /** What the daemon masks in an unprivileged container unless told otherwise (Docker 20.10). */
        public static final List<String> DOCKER_MASKED_PATHS = List.of("/proc/asound", "/proc/acpi", "/proc/kcore",
                "/proc/keys", "/proc/latency_stats", "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug",
                "/proc/scsi", "/sys/firmware");
        /** What the daemon mounts read-only in an unprivileged container unless told otherwise (Docker 20.10). */
        public static final List<String> DOCKER_READONLY_PATHS = List.of("/proc/bus", "/proc/fs", "/proc/irq",
                "/proc/sys", "/proc/sysrq-trigger");

        /**
         * Without ulimits, cgroup parent, init and the masked/read-only paths: no ulimits, the default
         * cgroup, no init, and the paths Docker masks and protects by default.
         */
        public HostSettings(boolean privileged, List<String> capAdd, List<String> capDrop, boolean readonlyRootfs,
                            List<String> securityOpt, String networkMode, String pidMode, String ipcMode,
                            String utsMode, String userNsMode, String cgroupnsMode, long memoryBytes, long nanoCpus,
                            long cpuShares, long pidsLimit, String restartPolicy, List<String> devices,
                            List<PortMapping> portBindings, List<String> binds, String runtime, String logDriver) {
            this(privileged, capAdd, capDrop, readonlyRootfs, securityOpt, networkMode, pidMode, ipcMode, utsMode,
                    userNsMode, cgroupnsMode, memoryBytes, nanoCpus, cpuShares, pidsLimit, restartPolicy, devices,
                    portBindings, binds, runtime, logDriver, List.of(), "", false, DOCKER_MASKED_PATHS,
                    DOCKER_READONLY_PATHS);
        }
    }
}
