package dev.drydock.core.docker;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HealthCheck;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.InternetProtocol;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.RestartPolicy;
import dev.drydock.core.daemon.ContainerSpec;
import dev.drydock.core.daemon.MountInfo;
import dev.drydock.core.daemon.PublishedPort;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Writes a {@link ContainerSpec} into docker-java's create command, flag for flag as {@code docker create} would. */
final class ContainerSpecMapping {

    private ContainerSpecMapping() {
    }

    /** Fills {@code cmd} (already made for the spec's image) from the spec. */
    static CreateContainerCmd apply(ContainerSpec spec, CreateContainerCmd cmd) {
        if (!spec.name().isEmpty()) {
            cmd.withName(spec.name());
        }
        if (!spec.entrypoint().isEmpty()) {
            cmd.withEntrypoint(spec.entrypoint());
        }
        if (!spec.cmd().isEmpty()) {
            cmd.withCmd(spec.cmd());
        }
        if (!spec.user().isEmpty()) {
            cmd.withUser(spec.user());
        }
        if (!spec.workingDir().isEmpty()) {
            cmd.withWorkingDir(spec.workingDir());
        }
        if (!spec.hostname().isEmpty()) {
            cmd.withHostName(spec.hostname());
        }
        if (!spec.env().isEmpty()) {
            cmd.withEnv(spec.env());
        }
        if (!spec.labels().isEmpty()) {
            cmd.withLabels(spec.labels());
        }
        if (!spec.healthcheck().isEmpty()) {
            cmd.withHealthcheck(new HealthCheck().withTest(spec.healthcheck()));
        }
        if (!spec.ports().isEmpty()) {
            Set<ExposedPort> exposed = new LinkedHashSet<>();
            spec.ports().forEach(port -> exposed.add(exposed(port)));
            cmd.withExposedPorts(List.copyOf(exposed));
        }
        return cmd.withHostConfig(hostConfig(spec));
    }

    private static HostConfig hostConfig(ContainerSpec spec) {
        HostConfig host = HostConfig.newHostConfig()
                .withPrivileged(spec.privileged())
                .withReadonlyRootfs(spec.readOnlyRootfs())
                .withAutoRemove(spec.autoRemove());
        if (!spec.networkMode().isEmpty()) {
            host.withNetworkMode(spec.networkMode());
        }
        if (!spec.pidMode().isEmpty()) {
            host.withPidMode(spec.pidMode());
        }
        if (!spec.ipcMode().isEmpty()) {
            host.withIpcMode(spec.ipcMode());
        }
        if (!spec.utsMode().isEmpty()) {
            host.withUtSMode(spec.utsMode());
        }
        if (!spec.userNsMode().isEmpty()) {
            host.withUsernsMode(spec.userNsMode());
        }
        if (!spec.capAdd().isEmpty()) {
            host.withCapAdd(spec.capAdd().stream().map(ContainerSpecMapping::capability).toArray(Capability[]::new));
        }
        if (!spec.capDrop().isEmpty()) {
            host.withCapDrop(spec.capDrop().stream().map(ContainerSpecMapping::capability).toArray(Capability[]::new));
        }
        if (!spec.securityOpt().isEmpty()) {
            host.withSecurityOpts(spec.securityOpt());
        }
        if (!spec.tmpfs().isEmpty()) {
            host.withTmpFs(spec.tmpfs());
        }
        if (spec.memoryBytes() > 0) {
            host.withMemory(spec.memoryBytes());
        }
        if (spec.pidsLimit() > 0) {
            host.withPidsLimit(spec.pidsLimit());
        }
        if (!spec.ports().isEmpty()) {
            host.withPortBindings(spec.ports().stream().map(ContainerSpecMapping::binding).toList());
        }
        if (!spec.mounts().isEmpty()) {
            host.withMounts(spec.mounts().stream().map(ContainerSpecMapping::mount).toList());
        }
        if (!spec.restartPolicy().isEmpty()) {
            host.withRestartPolicy(restartPolicy(spec.restartPolicy()));
        }
        if (spec.init()) {
            host.withInit(true);
        }
        return host;
    }

    /** {@code SYS_ADMIN}, {@code CAP_SYS_ADMIN} and {@code ALL} as Docker takes them. */
    private static Capability capability(String name) {
        String plain = name.strip().toUpperCase(Locale.ROOT).replaceFirst("^CAP_", "");
        try {
            return Capability.valueOf(plain);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("no such capability: " + name, e);
        }
    }

    private static ExposedPort exposed(PublishedPort port) {
        return new ExposedPort(port.containerPort(), InternetProtocol.parse(port.protocol().toLowerCase(Locale.ROOT)));
    }

    private static PortBinding binding(PublishedPort port) {
        String hostPort = port.hostPort() == 0 ? "" : Integer.toString(port.hostPort());
        String hostIp = port.hostIp().isEmpty() ? null : port.hostIp();
        return new PortBinding(new Ports.Binding(hostIp, hostPort), exposed(port));
    }

    private static Mount mount(MountInfo mount) {
        if ("tmpfs".equals(mount.type())) {
            return new Mount().withType(MountType.TMPFS).withTarget(mount.destination());
        }
        boolean volume = "volume".equals(mount.type());
        String source = volume && mount.name() != null && !mount.name().isBlank() ? mount.name() : mount.source();
        return new Mount().withType(volume ? MountType.VOLUME : MountType.BIND).withSource(source)
                .withTarget(mount.destination()).withReadOnly(!mount.readWrite());
    }

    /** {@code no}, {@code always}, {@code unless-stopped}, {@code on-failure}, {@code on-failure:5}. */
    private static RestartPolicy restartPolicy(String policy) {
        try {
            return RestartPolicy.parse(policy);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("no such restart policy: " + policy, e);
        }
    }
}
