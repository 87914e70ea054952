package dev.drydock.core.audit.harden;

import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.MountInfo;
import dev.drydock.core.daemon.PortMapping;

import java.util.ArrayList;
import java.util.List;

/**
 * How the hardened container is run: what every renderer writes, one format each. Namespace modes are
 * empty for Docker's default (the container's own namespace).
 *
 * @param name            the name for the new container, e.g. {@code web-hardened}
 * @param memoryBytes     0 for no limit
 * @param pidsLimit       0 for no limit
 * @param user            empty to keep the image's user
 * @param tmpfs           the paths that get a tmpfs
 * @param seccompProfile  the seccomp profile file the container runs under (also in {@code securityOpt} as
 *                        {@code seccomp=PATH}); empty for the runtime default
 */
public record RunSettings(String name, String image, List<String> entrypoint, List<String> command, String user,
                          boolean privileged, String networkMode, String pidMode, String ipcMode, String utsMode,
                          String userNsMode, List<String> capDrop, List<String> capAdd, List<String> securityOpt,
                          boolean readOnlyRootfs, List<String> tmpfs, long memoryBytes, long pidsLimit,
                          List<PortMapping> ports, List<MountInfo> mounts, String seccompProfile) {

    public RunSettings {
        entrypoint = List.copyOf(entrypoint);
        command = List.copyOf(command);
        capDrop = List.copyOf(capDrop);
        capAdd = List.copyOf(capAdd);
        securityOpt = List.copyOf(securityOpt);
        tmpfs = List.copyOf(tmpfs);
        ports = List.copyOf(ports);
        mounts = List.copyOf(mounts);
        seccompProfile = seccompProfile == null ? "" : seccompProfile;
    }

    /** The original container's settings with the config's enabled options applied. */
    static RunSettings of(HardenedRunConfig config) {
        ContainerDetails original = config.original();
        ContainerDetails.HostSettings host = original.host();
        boolean privileged = host.privileged() && !config.isEnabled(HardeningKind.NO_PRIVILEGED);
        boolean ownNamespaces = config.isEnabled(HardeningKind.NO_HOST_NAMESPACES);
        List<String> capDrop = host.capDrop();
        List<String> capAdd = new ArrayList<>(host.capAdd());
        if (config.isEnabled(HardeningKind.DROP_ALL_CAPABILITIES)) {
            capDrop = List.of("ALL");
            capAdd.clear();
        }
        if (config.isEnabled(HardeningKind.ADD_NET_BIND_SERVICE) && !capAdd.contains("NET_BIND_SERVICE")) {
            capAdd.add("NET_BIND_SERVICE");
        }
        List<String> securityOpt = new ArrayList<>(host.securityOpt());
        if (config.isEnabled(HardeningKind.SECCOMP_DEFAULT)) {
            securityOpt.removeIf(option -> option.replace(" ", "").matches("seccomp[=:]unconfined"));
        }
        boolean dockerDisabledLabels = host.privileged() || "host".equals(host.pidMode()) || "host".equals(host.ipcMode());
        boolean stillNeedsNoLabel = privileged || (!ownNamespaces
                && ("host".equals(host.pidMode()) || "host".equals(host.ipcMode())));
        if (dockerDisabledLabels && !stillNeedsNoLabel) {
            // the daemon adds label=disable itself to privileged and host-PID/IPC containers: not the user's choice
            securityOpt.removeIf(option -> option.replace(" ", "").matches("label[=:]disable"));
        }
        config.seccomp().ifPresent(profile -> {
            securityOpt.removeIf(option -> option.replace(" ", "").matches("seccomp[=:].*"));
            securityOpt.add(profile.securityOpt());
        });
        if (config.isEnabled(HardeningKind.NO_NEW_PRIVILEGES) && !securityOpt.contains("no-new-privileges")) {
            securityOpt.add("no-new-privileges");
        }
        boolean readOnly = host.readonlyRootfs() || config.isEnabled(HardeningKind.READ_ONLY_ROOT);
        List<String> tmpfs = config.isEnabled(HardeningKind.READ_ONLY_ROOT) ? config.writablePaths() : List.of();
        List<MountInfo> mounts = original.mounts().stream()
                .filter(mount -> !"tmpfs".equals(mount.type()))
                .filter(mount -> !(config.isEnabled(HardeningKind.DROP_SENSITIVE_MOUNTS)
                        && config.droppedMounts().contains(mount.destination())))
                .toList();
        List<PortMapping> ports = host.portBindings().stream().filter(PortMapping::published)
                .map(port -> config.isEnabled(HardeningKind.LOOPBACK_PORTS) && onAllInterfaces(port)
                        ? new PortMapping(port.privatePort(), port.publicPort(), "127.0.0.1", port.protocol()) : port)
                .toList();
        return new RunSettings(config.containerName() + "-hardened", original.image(),
                original.config().entrypoint(), original.config().cmd(),
                config.isEnabled(HardeningKind.NON_ROOT_USER) ? config.user() : original.config().user(),
                privileged, namespace(host.networkMode(), ownNamespaces), namespace(host.pidMode(), ownNamespaces),
                namespace(host.ipcMode(), ownNamespaces), namespace(host.utsMode(), ownNamespaces),
                namespace(host.userNsMode(), ownNamespaces), capDrop, capAdd, securityOpt, readOnly, tmpfs,
                config.isEnabled(HardeningKind.MEMORY_LIMIT) ? config.memoryBytes() : Math.max(0, host.memoryBytes()),
                config.isEnabled(HardeningKind.PIDS_LIMIT) ? config.pidsLimit() : Math.max(0, host.pidsLimit()),
                ports, mounts, config.seccomp().map(SeccompProfileChoice::path).orElse(""));
    }

    static boolean onAllInterfaces(PortMapping port) {
        String ip = port.hostIp() == null ? "" : port.hostIp().strip();
        return port.published() && (ip.isEmpty() || ip.equals("0.0.0.0") || ip.equals("::"));
    }

    /** True for a network mode other than Docker's default bridge, which has to be named to be kept. */
    static boolean ownNetwork(String mode) {
        return mode != null && !mode.isBlank() && !mode.equals("default") && !mode.equals("bridge");
    }

    /** Keeps a namespace mode, except {@code host} when the container gets its own namespaces. */
    private static String namespace(String mode, boolean ownNamespaces) {
        String value = mode == null ? "" : mode;
        return ownNamespaces && value.equals("host") ? "" : value;
    }
}
