package dev.drydock.core.audit.harden;

import dev.drydock.core.daemon.MountInfo;
import dev.drydock.core.daemon.PortMapping;

import java.util.ArrayList;
import java.util.List;

/** Writes the hardened settings as one shell-quoted {@code docker run} command for the same image and command. */
public final class DockerRunRenderer {

    /** The command as words, unquoted, e.g. {@code [docker, run, -d, --cap-drop, ALL, …]}. */
    public List<String> words(HardenedRunConfig config) {
        RunSettings settings = config.settings();
        List<String> words = new ArrayList<>(List.of("docker", "run", "-d", "--name", settings.name()));
        if (settings.privileged()) {
            words.add("--privileged");
        }
        if (RunSettings.ownNetwork(settings.networkMode())) {
            words.addAll(List.of("--network", settings.networkMode()));
        }
        addMode(words, "--pid", settings.pidMode());
        addMode(words, "--ipc", settings.ipcMode());
        addMode(words, "--uts", settings.utsMode());
        addMode(words, "--userns", settings.userNsMode());
        settings.capDrop().forEach(cap -> words.addAll(List.of("--cap-drop", cap)));
        settings.capAdd().forEach(cap -> words.addAll(List.of("--cap-add", cap)));
        settings.securityOpt().forEach(option -> words.addAll(List.of("--security-opt", option)));
        if (!settings.user().isBlank()) {
            words.addAll(List.of("--user", settings.user()));
        }
        if (settings.readOnlyRootfs()) {
            words.add("--read-only");
        }
        settings.tmpfs().forEach(path -> words.addAll(List.of("--tmpfs", path)));
        if (settings.memoryBytes() > 0) {
            words.addAll(List.of("--memory", ByteSizes.docker(settings.memoryBytes())));
        }
        if (settings.pidsLimit() > 0) {
            words.addAll(List.of("--pids-limit", Long.toString(settings.pidsLimit())));
        }
        settings.ports().forEach(port -> words.addAll(List.of("-p", publish(port))));
        settings.mounts().forEach(mount -> words.addAll(List.of("-v", volume(mount))));
        List<String> command = new ArrayList<>(settings.command());
        if (!settings.entrypoint().isEmpty()) {
            words.addAll(List.of("--entrypoint", settings.entrypoint().get(0)));
            command.addAll(0, settings.entrypoint().subList(1, settings.entrypoint().size()));
        }
        words.add(settings.image());
        words.addAll(command);
        return words;
    }

    /** The command line, each word shell-quoted. */
    public String render(HardenedRunConfig config) {
        return String.join(" ", words(config).stream().map(ShellQuoting::quote).toList());
    }

    private static void addMode(List<String> words, String flag, String mode) {
        if ("host".equals(mode)) {
            words.addAll(List.of(flag, mode));
        }
    }

    /** {@code 127.0.0.1:8080:80/tcp} style, as {@code -p} takes it. */
    static String publish(PortMapping port) {
        String ip = port.hostIp() == null || port.hostIp().isBlank() ? ""
                : (port.hostIp().contains(":") ? "[" + port.hostIp() + "]" : port.hostIp()) + ":";
        String protocol = "tcp".equals(port.protocol()) ? "" : "/" + port.protocol();
        return ip + port.publicPort() + ":" + port.privatePort() + protocol;
    }

    /** {@code source:destination[:ro]}, as {@code -v} takes it. */
    static String volume(MountInfo mount) {
        String source = "volume".equals(mount.type()) && mount.name() != null && !mount.name().isBlank()
                ? mount.name() : mount.source();
        return source + ":" + mount.destination() + (mount.readWrite() ? "" : ":ro");
    }
}
