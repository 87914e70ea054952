package dev.drydock.app.gui.audit;

import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HealthCheck;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestImages;

import java.util.List;

/** The two containers the audit tests compare, created (not started) on the real daemon. */
public final class AuditContainers {

    private AuditContainers() {
    }

    /** {@code --privileged}, as root, no limits. */
    public static String privileged(TestContainers containers, String name) {
        return containers.create(TestImages.busybox(), cmd -> cmd.withName(name).withCmd("sleep", "600")
                .withHostConfig(HostConfig.newHostConfig().withPrivileged(true).withNetworkMode("none")));
    }

    /** Every check passes: non-root, read-only, cap-drop ALL, no-new-privileges, limits, health check, loopback port. */
    public static String hardened(TestContainers containers, String name) {
        return containers.create(TestImages.busybox(), cmd -> cmd.withName(name).withCmd("sleep", "600")
                .withUser("65534:65534")
                .withExposedPorts(ExposedPort.tcp(8080))
                .withHealthcheck(new HealthCheck().withTest(List.of("CMD", "true")))
                .withHostConfig(HostConfig.newHostConfig()
                        .withNetworkMode("none")
                        .withReadonlyRootfs(true)
                        .withCapDrop(Capability.ALL)
                        .withSecurityOpts(List.of("no-new-privileges"))
                        .withMemory(64L * 1024 * 1024)
                        .withPidsLimit(100L)
                        .withCpuShares(512)
                        .withPortBindings(new PortBinding(Ports.Binding.bindIpAndPort("127.0.0.1", 18080),
                                ExposedPort.tcp(8080)))));
    }
}
