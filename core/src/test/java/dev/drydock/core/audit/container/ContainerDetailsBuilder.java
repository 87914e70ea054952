package dev.drydock.core.audit.container;

import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.ContainerDetails.ContainerConfig;
import dev.drydock.core.daemon.ContainerDetails.ContainerState;
import dev.drydock.core.daemon.ContainerDetails.HostSettings;
import dev.drydock.core.daemon.ContainerProcess;
import dev.drydock.core.daemon.MountInfo;
import dev.drydock.core.daemon.PortMapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link ContainerDetails} in code. It starts as a hardened container that every check passes
 * (non-root, read-only, cap-drop ALL, no-new-privileges, limits, own network, health check), so a test
 * changes one setting and sees exactly the finding it causes.
 */
final class ContainerDetailsBuilder {

    boolean privileged;
    List<String> capAdd = new ArrayList<>();
    List<String> capDrop = new ArrayList<>(List.of("ALL"));
    boolean readonlyRootfs = true;
    List<String> securityOpt = new ArrayList<>(List.of("no-new-privileges"));
    String networkMode = "app-net";
    String pidMode = "";
    String ipcMode = "private";
    String utsMode = "";
    String userNsMode = "";
    long memoryBytes = 64L * 1024 * 1024;
    long nanoCpus;
    long cpuShares = 512;
    long pidsLimit = 100;
    String restartPolicy = "no";
    List<String> devices = new ArrayList<>();
    List<PortMapping> ports = new ArrayList<>(List.of(new PortMapping(8080, 18080, "127.0.0.1", "tcp")));
    List<MountInfo> mounts = new ArrayList<>();
    String user = "10001:10001";
    List<String> env = new ArrayList<>(List.of("PATH=/usr/bin:/bin"));
    List<String> healthcheck = new ArrayList<>(List.of("CMD", "true"));
    String path = "sleep";
    boolean init;
    List<String> ulimits = new ArrayList<>();
    String cgroupParent = "";
    List<String> maskedPaths = new ArrayList<>(HostSettings.DOCKER_MASKED_PATHS);
    List<String> readonlyPaths = new ArrayList<>(HostSettings.DOCKER_READONLY_PATHS);
    String appArmorProfile = "docker-default";
    List<ContainerProcess> processes = new ArrayList<>(List.of(new ContainerProcess("4242", "10001", "sleep 600")));

    static ContainerDetailsBuilder hardened() {
        return new ContainerDetailsBuilder();
    }

    ContainerDetailsBuilder bind(String source, String destination, boolean readWrite) {
        return bind(source, destination, readWrite, "rprivate");
    }

    ContainerDetailsBuilder bind(String source, String destination, boolean readWrite, String propagation) {
        mounts.add(new MountInfo("bind", "", source, destination, readWrite ? "" : "ro", readWrite, propagation));
        return this;
    }

    ContainerDetails build() {
        ContainerState state = new ContainerState("created", false, false, false, false, false, 0, 0, "",
                Instant.EPOCH, Instant.EPOCH, "");
        ContainerConfig config = new ContainerConfig("web", user, env, List.of("sleep", "600"), List.of(), "/",
                List.of("8080/tcp"), Map.of(), healthcheck, false, false);
        HostSettings host = new HostSettings(privileged, capAdd, capDrop, readonlyRootfs, securityOpt, networkMode,
                pidMode, ipcMode, utsMode, userNsMode, "private", memoryBytes, nanoCpus, cpuShares, pidsLimit,
                restartPolicy, devices, ports, List.of(), "runc", "json-file", ulimits, cgroupParent, init,
                maskedPaths, readonlyPaths);
        return new ContainerDetails("0123456789abcdef0123", "/web", "app:1", "sha256:abc", Instant.EPOCH, path,
                List.of("600"), state, config, host, mounts, Map.of(), "{}", appArmorProfile, "");
    }
}
