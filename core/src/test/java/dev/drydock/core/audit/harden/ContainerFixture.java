package dev.drydock.core.audit.harden;

import dev.drydock.core.audit.container.ContainerAudit;
import dev.drydock.core.audit.container.ContainerAuditResult;
import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.ContainerDetails.ContainerConfig;
import dev.drydock.core.daemon.ContainerDetails.ContainerState;
import dev.drydock.core.daemon.ContainerDetails.HostSettings;
import dev.drydock.core.daemon.MountInfo;
import dev.drydock.core.daemon.PortMapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a container in code, as {@code docker run app:1 sleep 600} would create it: root, no limits,
 * default capabilities, on its own network; a test adds the bad settings it is about and advises on it.
 */
final class ContainerFixture {

    boolean privileged;
    List<String> capAdd = new ArrayList<>();
    List<String> securityOpt = new ArrayList<>();
    String networkMode = "app-net";
    String pidMode = "";
    long memoryBytes;
    long pidsLimit;
    List<PortMapping> ports = new ArrayList<>();
    List<String> exposedPorts = new ArrayList<>();
    List<MountInfo> mounts = new ArrayList<>();
    String user = "";
    List<String> command = new ArrayList<>(List.of("sleep", "600"));

    static ContainerFixture plain() {
        return new ContainerFixture();
    }

    ContainerFixture bind(String source, String destination, boolean readWrite) {
        mounts.add(new MountInfo("bind", "", source, destination, readWrite ? "" : "ro", readWrite, "rprivate"));
        return this;
    }

    ContainerFixture publish(int containerPort, String hostIp, int hostPort) {
        ports.add(new PortMapping(containerPort, hostPort, hostIp, "tcp"));
        exposedPorts.add(containerPort + "/tcp");
        return this;
    }

    ContainerDetails build() {
        ContainerState state = new ContainerState("running", true, false, false, false, false, 1, 0, "",
                Instant.EPOCH, Instant.EPOCH, "");
        ContainerConfig config = new ContainerConfig("web", user, List.of("PATH=/bin"), command, List.of(), "/",
                exposedPorts, Map.of(), List.of(), false, false);
        HostSettings host = new HostSettings(privileged, capAdd, List.of(), false, securityOpt, networkMode, pidMode,
                "private", "", "", "private", memoryBytes, 0, 0, pidsLimit, "no", List.of(), ports, List.of(),
                "runc", "json-file");
        return new ContainerDetails("0123456789abcdef0123", "/web", "app:1", "sha256:abc", Instant.EPOCH, "sleep",
                List.of("600"), state, config, host, mounts, Map.of(), "{}");
    }

    HardenedRunConfig advise(String... writablePaths) {
        ContainerDetails container = build();
        ContainerAuditResult audit = ContainerAudit.standard().audit(container);
        return new HardenedRunAdvisor().advise(container, audit, List.of(writablePaths));
    }
}
