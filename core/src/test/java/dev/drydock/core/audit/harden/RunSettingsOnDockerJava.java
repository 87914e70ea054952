package dev.drydock.core.audit.harden;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.InternetProtocol;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.Volume;
import dev.drydock.core.daemon.MountInfo;
import dev.drydock.core.daemon.PortMapping;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Translates {@link RunSettings} into the test kit's create call, flag for flag as
 * {@link DockerRunRenderer} writes them, so a daemon test can start the hardened container.
 */
final class RunSettingsOnDockerJava {

    private RunSettingsOnDockerJava() {
    }

    static UnaryOperator<CreateContainerCmd> apply(RunSettings settings) {
        return cmd -> {
            HostConfig host = HostConfig.newHostConfig()
                    .withPrivileged(settings.privileged())
                    .withReadonlyRootfs(settings.readOnlyRootfs())
                    .withCapDrop(settings.capDrop().stream().map(Capability::valueOf).toArray(Capability[]::new))
                    .withCapAdd(settings.capAdd().stream().map(Capability::valueOf).toArray(Capability[]::new))
                    .withSecurityOpts(settings.securityOpt());
            if (!settings.networkMode().isEmpty()) {
                host.withNetworkMode(settings.networkMode());
            }
            if (!settings.pidMode().isEmpty()) {
                host.withPidMode(settings.pidMode());
            }
            if (!settings.ipcMode().isEmpty()) {
                host.withIpcMode(settings.ipcMode());
            }
            if (!settings.tmpfs().isEmpty()) {
                Map<String, String> tmpfs = new LinkedHashMap<>();
                settings.tmpfs().forEach(path -> tmpfs.put(path, ""));
                host.withTmpFs(tmpfs);
            }
            if (settings.memoryBytes() > 0) {
                host.withMemory(settings.memoryBytes());
            }
            if (settings.pidsLimit() > 0) {
                host.withPidsLimit(settings.pidsLimit());
            }
            if (!settings.ports().isEmpty()) {
                host.withPortBindings(settings.ports().stream().map(RunSettingsOnDockerJava::binding).toList());
                cmd.withExposedPorts(settings.ports().stream().map(RunSettingsOnDockerJava::exposed).toList());
            }
            if (!settings.mounts().isEmpty()) {
                host.withBinds(settings.mounts().stream().map(RunSettingsOnDockerJava::bind).toList());
            }
            if (!settings.entrypoint().isEmpty()) {
                cmd.withEntrypoint(settings.entrypoint());
            }
            if (!settings.user().isBlank()) {
                cmd.withUser(settings.user());
            }
            return cmd.withName(settings.name() + "-" + Long.toHexString(System.nanoTime()))
                    .withCmd(settings.command()).withHostConfig(host);
        };
    }

    private static ExposedPort exposed(PortMapping port) {
        return new ExposedPort(port.privatePort(), InternetProtocol.parse(port.protocol().toLowerCase(Locale.ROOT)));
    }

    private static PortBinding binding(PortMapping port) {
        return new PortBinding(Ports.Binding.bindIpAndPort(port.hostIp(), port.publicPort()), exposed(port));
    }

    private static Bind bind(MountInfo mount) {
        return Bind.parse(DockerRunRenderer.volume(mount));
    }
}
