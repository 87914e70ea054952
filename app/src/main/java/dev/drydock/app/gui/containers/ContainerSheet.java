package dev.drydock.app.gui.containers;

import dev.drydock.app.gui.common.DetailSheet;
import dev.drydock.app.gui.common.Formats;
import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.ContainerDetails.ContainerConfig;
import dev.drydock.core.daemon.ContainerDetails.ContainerState;
import dev.drydock.core.daemon.ContainerDetails.HostSettings;
import dev.drydock.core.daemon.MountInfo;
import dev.drydock.core.daemon.PortMapping;
import javafx.scene.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The readable details sheet of one container; settings that weaken isolation stand out. */
public final class ContainerSheet {

    private ContainerSheet() {
    }

    public static Node of(ContainerDetails container) {
        DetailSheet sheet = new DetailSheet();
        state(sheet, container);
        security(sheet, container.host(), container.config());
        config(sheet, container);
        resources(sheet, container.host());
        sheet.section("Mounts").rows("Mounts", mounts(container.mounts()));
        sheet.section("Network")
                .row("Network mode", container.host().networkMode())
                .rows("Published ports", ports(container.host().portBindings()))
                .rows("Exposed ports", container.config().exposedPorts())
                .rows("Networks", networks(container.networks()));
        sheet.section("Labels").map("Labels", container.config().labels());
        return sheet.build();
    }

    private static void state(DetailSheet sheet, ContainerDetails container) {
        ContainerState state = container.state();
        sheet.section("State")
                .row("Name", container.name())
                .row("ID", container.id())
                .row("Status", state.status() + (state.health().isEmpty() ? "" : " (" + state.health() + ")"))
                .row("Created", Formats.dateTime(container.created()))
                .rowIfAny("Started", Formats.dateTime(state.startedAt()), false)
                .rowIfAny("Finished", state.running() ? "" : Formats.dateTime(state.finishedAt()), false)
                .rowIfAny("Exit code", state.running() || state.startedAt() == null ? "" : Integer.toString(state.exitCode()), false)
                .rowIfAny("Main process", state.running() ? "PID " + state.pid() : "", false)
                .rowIfAny("Killed for memory", state.oomKilled() ? "yes" : "", true)
                .rowIfAny("Error", state.error(), true);
    }

    private static void config(DetailSheet sheet, ContainerDetails container) {
        ContainerConfig config = container.config();
        List<String> command = new ArrayList<>();
        command.add(container.path());
        command.addAll(container.args());
        sheet.section("Configuration")
                .row("Image", container.image())
                .row("Image ID", container.imageId())
                .row("Command", String.join(" ", command))
                .row("Entrypoint", String.join(" ", config.entrypoint()))
                .row("Working directory", config.workingDir())
                .row("Hostname", config.hostname())
                .rows("Environment", config.env())
                .row("Health check", String.join(" ", config.healthcheck()))
                .row("Terminal", config.tty() ? "allocated" : "none");
    }

    private static void security(DetailSheet sheet, HostSettings host, ContainerConfig config) {
        boolean root = config.user().isEmpty() || config.user().equals("root") || config.user().equals("0")
                || config.user().startsWith("0:") || config.user().startsWith("root:");
        sheet.section("Security")
                .row("Privileged", Formats.yesNo(host.privileged()), host.privileged())
                .row("User", config.user().isEmpty() ? "root (image default)" : config.user(), root)
                .row("Read-only root filesystem", Formats.yesNo(host.readonlyRootfs()), !host.readonlyRootfs())
                .row("Capabilities added", Formats.joined(host.capAdd()), !host.capAdd().isEmpty())
                .row("Capabilities dropped", Formats.joined(host.capDrop()))
                .rows("Security options", host.securityOpt())
                .row("Seccomp", option(host.securityOpt(), "seccomp", "default profile"),
                        host.securityOpt().contains("seccomp=unconfined") || host.privileged())
                .row("AppArmor", option(host.securityOpt(), "apparmor", "default profile"),
                        host.securityOpt().contains("apparmor=unconfined"))
                .row("No new privileges", host.securityOpt().stream().anyMatch(o -> o.startsWith("no-new-privileges")) ? "yes" : "no")
                .row("User namespace", host.userNsMode().isEmpty() ? "daemon default" : host.userNsMode(), "host".equals(host.userNsMode()))
                .row("PID namespace", host.pidMode().isEmpty() ? "private" : host.pidMode(), "host".equals(host.pidMode()))
                .row("IPC namespace", host.ipcMode(), "host".equals(host.ipcMode()))
                .row("UTS namespace", host.utsMode().isEmpty() ? "private" : host.utsMode(), "host".equals(host.utsMode()))
                .row("Cgroup namespace", host.cgroupnsMode())
                .rows("Devices", host.devices())
                .row("Runtime", host.runtime());
    }

    private static void resources(DetailSheet sheet, HostSettings host) {
        sheet.section("Resources")
                .row("Memory limit", host.memoryBytes() > 0 ? Formats.size(host.memoryBytes()) : "unlimited", host.memoryBytes() <= 0)
                .row("CPU limit", host.nanoCpus() > 0 ? String.format(java.util.Locale.ROOT, "%.2f CPUs", host.nanoCpus() / 1e9) : "unlimited")
                .row("CPU shares", host.cpuShares() > 0 ? Long.toString(host.cpuShares()) : "default")
                .row("Process limit", host.pidsLimit() > 0 ? Long.toString(host.pidsLimit()) : "unlimited", host.pidsLimit() <= 0)
                .row("Restart policy", host.restartPolicy())
                .row("Log driver", host.logDriver());
    }

    /** {@code seccomp=unconfined} → {@code unconfined}; absent → the fallback. */
    static String option(List<String> securityOpt, String name, String fallback) {
        for (String option : securityOpt) {
            if (option.startsWith(name + "=") || option.startsWith(name + ":")) {
                return option.substring(name.length() + 1);
            }
        }
        return fallback;
    }

    static List<String> mounts(List<MountInfo> mounts) {
        List<String> lines = new ArrayList<>();
        for (MountInfo mount : mounts) {
            String source = mount.type().equals("volume") && mount.name() != null && !mount.name().isEmpty()
                    ? mount.name() : mount.source();
            lines.add(mount.type() + "  " + source + " → " + mount.destination() + (mount.readWrite() ? "" : "  (read-only)"));
        }
        return lines;
    }

    private static List<String> ports(List<PortMapping> ports) {
        return ports.stream().map(PortMapping::display).toList();
    }

    private static List<String> networks(Map<String, String> networks) {
        List<String> lines = new ArrayList<>();
        new TreeMap<>(networks).forEach((name, address) -> lines.add(address == null || address.isEmpty() ? name : name + "  " + address));
        return lines;
    }
}
