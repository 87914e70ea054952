package dev.drydock.core.audit.harden;

import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.ContainerSpec;
import dev.drydock.core.daemon.PublishedPort;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hardened container as the daemon creates it: the {@link RunSettings} every renderer writes, plus
 * what a run of the same workload needs beyond them, taken from the original: its environment, working
 * directory, labels (without Compose's, so Compose never takes the new container for one of its own),
 * restart policy and {@code --init}. The health check stays the image's.
 */
public final class HardenedContainerSpec {

    /** The label that names the container a hardened one was made from (its id). */
    public static final String HARDENED_FROM_LABEL = "dev.drydock.hardened-from";
    private static final String COMPOSE_LABELS = "com.docker.compose.";

    private HardenedContainerSpec() {
    }

    /** The spec with the settings' name and published ports. */
    public static ContainerSpec of(HardenedRunConfig config) {
        RunSettings settings = config.settings();
        return of(config, settings.name(), settings.ports().stream().map(PublishedPort::of).toList());
    }

    /** The spec under another name and with other published ports (e.g. on free host ports). */
    public static ContainerSpec of(HardenedRunConfig config, String name, List<PublishedPort> ports) {
        RunSettings settings = config.settings();
        ContainerDetails original = config.original();
        Map<String, String> labels = new LinkedHashMap<>();
        original.config().labels().forEach((key, value) -> {
            if (!key.startsWith(COMPOSE_LABELS)) {
                labels.put(key, value);
            }
        });
        labels.put(HARDENED_FROM_LABEL, original.id());
        ContainerSpec.Builder spec = ContainerSpec.builder(settings.image())
                .name(name)
                .entrypoint(settings.entrypoint())
                .cmd(settings.command())
                .user(settings.user())
                .workingDir(original.config().workingDir())
                .env(original.config().env())
                .labels(labels)
                .privileged(settings.privileged())
                .networkMode(settings.networkMode())
                .pidMode(settings.pidMode())
                .ipcMode(settings.ipcMode())
                .utsMode(settings.utsMode())
                .userNsMode(settings.userNsMode())
                .capAdd(settings.capAdd())
                .capDrop(settings.capDrop())
                .securityOpt(settings.securityOpt())
                .readOnlyRootfs(settings.readOnlyRootfs())
                .memoryBytes(settings.memoryBytes())
                .pidsLimit(settings.pidsLimit())
                .ports(ports)
                .mounts(settings.mounts())
                .restartPolicy(original.host().restartPolicy())
                .init(original.host().init());
        settings.tmpfs().forEach(spec::tmpfs);
        return spec.build();
    }
}
