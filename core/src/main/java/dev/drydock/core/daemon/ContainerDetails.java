package dev.drydock.core.daemon;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A container's full inspect data, in Drydock's own shape. {@link #rawJson()} keeps the daemon's
 * answer verbatim for users who want to see it as {@code docker inspect} prints it.
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
        String rawJson) {

    public ContainerDetails {
        args = List.copyOf(args);
        mounts = List.copyOf(mounts);
        networks = Map.copyOf(networks);
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
     */
    public record HostSettings(boolean privileged, List<String> capAdd, List<String> capDrop,
                               boolean readonlyRootfs, List<String> securityOpt, String networkMode,
                               String pidMode, String ipcMode, String utsMode, String userNsMode,
                               String cgroupnsMode, long memoryBytes, long nanoCpus, long cpuShares,
                               long pidsLimit, String restartPolicy, List<String> devices,
                               List<PortMapping> portBindings, List<String> binds, String runtime,
                               String logDriver) {
        public HostSettings {
            capAdd = List.copyOf(capAdd);
            capDrop = List.copyOf(capDrop);
            securityOpt = List.copyOf(securityOpt);
            devices = List.copyOf(devices);
            portBindings = List.copyOf(portBindings);
            binds = List.copyOf(binds);
        }
    }
}
