package dev.drydock.core.audit.harden;

import dev.drydock.core.audit.container.ContainerAuditResult;
import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.PortMapping;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Location;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Derives the hardened run configuration of a container from its inspect data and its audit: which
 * options it needs, the findings each one fixes, and why. Values are derived where the container tells
 * them (its ports, its user, the paths the caller saw it write) and otherwise set to a stated default.
 */
public final class HardenedRunAdvisor {

    /** The uid (and gid) of {@code nobody}, used when the container gives no non-root user. */
    public static final String DEFAULT_USER = "65534:65534";
    public static final long DEFAULT_MEMORY_BYTES = 512L * 1024 * 1024;
    public static final long DEFAULT_PIDS_LIMIT = 200;
    private static final int FIRST_UNPRIVILEGED_PORT = 1024;

    /**
     * As {@link #advise(ContainerDetails, ContainerAuditResult, List)} with the observed directories; the
     * read-only option's reasoning then says, per directory, what the container was seen writing there.
     */
    public HardenedRunConfig advise(ContainerDetails container, ContainerAuditResult audit,
                                    WritablePathObservation observed) {
        HardenedRunConfig config = advise(container, audit, observed.directories());
        String reasoning = "The root filesystem becomes read-only; these get a tmpfs. "
                + String.join(" ", observed.reasoning());
        List<HardeningOption> options = config.options().stream()
                .map(option -> option.kind() == HardeningKind.READ_ONLY_ROOT ? new HardeningOption(option.kind(),
                        option.flag(), option.fixes(), reasoning, option.enabled()) : option)
                .toList();
        return new HardenedRunConfig(container, config.user(), config.writablePaths(), config.memoryBytes(),
                config.pidsLimit(), config.droppedMounts(), options);
    }

    /**
     * @param writablePaths paths the container was seen writing (e.g. from {@code docker diff}); they get a
     *                      tmpfs when the root filesystem is made read-only, and so does {@code /tmp}
     */
    public HardenedRunConfig advise(ContainerDetails container, ContainerAuditResult audit, List<String> writablePaths) {
        ContainerDetails.HostSettings host = container.host();
        List<HardeningOption> options = new ArrayList<>();
        if (host.privileged()) {
            options.add(option(HardeningKind.NO_PRIVILEGED, "(no --privileged)", audit, List.of("DC5005", "DC5018"),
                    "The container runs privileged; without it, it keeps only the capabilities and devices it is given."));
        }
        List<String> hostModes = hostNamespaces(host);
        if (!hostModes.isEmpty()) {
            options.add(option(HardeningKind.NO_HOST_NAMESPACES, "(no " + String.join(", ", hostModes) + ")", audit,
                    List.of("DC5010", "DC5016", "DC5017", "DC5021", "DC5031"),
                    "The container shares the host's " + String.join(", ", hostModes.stream()
                            .map(mode -> mode.substring(2, mode.indexOf('='))).toList())
                            + " namespace; it gets its own instead."));
        }
        List<String> dropped = mountsToDrop(audit);
        if (!dropped.isEmpty()) {
            options.add(option(HardeningKind.DROP_SENSITIVE_MOUNTS, "(no -v for " + String.join(", ", dropped) + ")",
                    audit, List.of("DC5006", "DC5032"), "The audit found host system paths or the Docker socket mounted"
                            + " at " + String.join(", ", dropped) + "; they are left out."));
        }
        if (!audit.findingsOf("DC5022").isEmpty()) {
            options.add(option(HardeningKind.SECCOMP_DEFAULT, "(no --security-opt seccomp=unconfined)", audit,
                    List.of("DC5022"), "Seccomp was switched off; Docker's default profile applies again."));
        }
        options.add(option(HardeningKind.DROP_ALL_CAPABILITIES, "--cap-drop ALL", audit, List.of("DC5004"),
                "Most applications need none of Docker's default capabilities"
                        + (host.capAdd().isEmpty() ? "." : "; the added " + String.join(", ", host.capAdd()) + " go too.")));
        Set<Integer> lowPorts = lowContainerPorts(container);
        if (!lowPorts.isEmpty()) {
            options.add(option(HardeningKind.ADD_NET_BIND_SERVICE, "--cap-add NET_BIND_SERVICE", audit, List.of(),
                    "It binds port " + join(lowPorts) + " < 1024, so NET_BIND_SERVICE is added back."));
        }
        options.add(option(HardeningKind.NO_NEW_PRIVILEGES, "--security-opt no-new-privileges", audit,
                List.of("DC5026"), "No process may gain privileges through setuid binaries such as su."));
        String user = nonRootUser(container.config().user());
        options.add(option(HardeningKind.NON_ROOT_USER, "--user " + user, audit, List.of("DC5101"),
                user.equals(DEFAULT_USER) ? "The container runs as root; " + DEFAULT_USER + " (nobody) is a non-root"
                        + " user every image can run as. Files it must write have to be writable by it."
                        : "The container already runs as " + user + " (its configured user), which is kept."));
        List<String> paths = writablePaths(writablePaths);
        options.add(option(HardeningKind.READ_ONLY_ROOT, "--read-only " + tmpfsFlags(paths), audit, List.of("DC5013"),
                "The root filesystem becomes read-only; " + String.join(", ", paths) + " get a tmpfs because "
                        + (paths.size() > 1 ? "the container was seen writing there (and /tmp is commonly written)."
                        : "/tmp is commonly written; give the paths it writes (docker diff) for more.")));
        long memory = host.memoryBytes() > 0 ? host.memoryBytes() : DEFAULT_MEMORY_BYTES;
        options.add(option(HardeningKind.MEMORY_LIMIT, "--memory " + ByteSizes.docker(memory), audit, List.of("DC5011"),
                host.memoryBytes() > 0 ? "The container's own memory limit is kept." : "There was no memory limit; "
                        + ByteSizes.docker(memory) + " is a starting point: measure with docker stats and adjust."));
        long pids = host.pidsLimit() > 0 ? host.pidsLimit() : DEFAULT_PIDS_LIMIT;
        options.add(option(HardeningKind.PIDS_LIMIT, "--pids-limit " + pids, audit, List.of("DC5029"),
                host.pidsLimit() > 0 ? "The container's own process limit is kept." : "There was no process limit;"
                        + " " + pids + " stops a fork bomb and is plenty for most services."));
        if (host.portBindings().stream().anyMatch(RunSettings::onAllInterfaces)) {
            options.add(option(HardeningKind.LOOPBACK_PORTS, "-p 127.0.0.1:…", audit, List.of("DC5014"),
                    "Ports published on every interface are bound to 127.0.0.1; put a reverse proxy in front"
                            + " or give another address if it must be reachable from other machines."));
        }
        return new HardenedRunConfig(container, user, paths, memory, pids, dropped, options);
    }

    private static HardeningOption option(HardeningKind kind, String flag, ContainerAuditResult audit,
                                          List<String> fixable, String reasoning) {
        List<String> fixes = fixable.stream().filter(id -> !audit.findingsOf(id).isEmpty()).toList();
        return new HardeningOption(kind, flag, fixes, reasoning, true);
    }

    private static List<String> hostNamespaces(ContainerDetails.HostSettings host) {
        List<String> modes = new ArrayList<>();
        addIfHost(modes, "--network", host.networkMode());
        addIfHost(modes, "--pid", host.pidMode());
        addIfHost(modes, "--ipc", host.ipcMode());
        addIfHost(modes, "--uts", host.utsMode());
        addIfHost(modes, "--userns", host.userNsMode());
        return modes;
    }

    private static void addIfHost(List<String> modes, String flag, String mode) {
        if ("host".equals(mode)) {
            modes.add(flag + "=host");
        }
    }

    /** The destinations of the mounts the audit flagged (findings located at {@code Mounts.<destination>}). */
    private static List<String> mountsToDrop(ContainerAuditResult audit) {
        Set<String> destinations = new LinkedHashSet<>();
        for (String id : List.of("DC5006", "DC5032")) {
            for (Finding finding : audit.findingsOf(id)) {
                if (finding.location() instanceof Location.ContainerField field && field.field().startsWith("Mounts.")) {
                    destinations.add(field.field().substring("Mounts.".length()));
                }
            }
        }
        return List.copyOf(destinations);
    }

    /** The container ports below 1024 it exposes or publishes: binding them needs NET_BIND_SERVICE. */
    static Set<Integer> lowContainerPorts(ContainerDetails container) {
        Set<Integer> ports = new TreeSet<>();
        for (PortMapping port : container.host().portBindings()) {
            if (port.privatePort() > 0 && port.privatePort() < FIRST_UNPRIVILEGED_PORT) {
                ports.add(port.privatePort());
            }
        }
        for (String exposed : container.config().exposedPorts()) {
            String number = exposed.contains("/") ? exposed.substring(0, exposed.indexOf('/')) : exposed;
            try {
                int port = Integer.parseInt(number.strip());
                if (port > 0 && port < FIRST_UNPRIVILEGED_PORT) {
                    ports.add(port);
                }
            } catch (NumberFormatException notAPort) {
                // a malformed entry binds nothing we can name
            }
        }
        return ports;
    }

    /** The configured user when it is not root, else {@link #DEFAULT_USER}. */
    static String nonRootUser(String configured) {
        String user = configured == null ? "" : configured.strip();
        String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
        boolean root = name.isEmpty() || name.equals("0") || name.toLowerCase(Locale.ROOT).equals("root");
        return root ? DEFAULT_USER : user;
    }

    private static List<String> writablePaths(List<String> observed) {
        Set<String> paths = new LinkedHashSet<>();
        paths.add("/tmp");
        observed.stream().map(String::strip).filter(path -> path.startsWith("/") && !path.equals("/"))
                .forEach(paths::add);
        return List.copyOf(paths);
    }

    private static String tmpfsFlags(List<String> paths) {
        return String.join(" ", paths.stream().map(path -> "--tmpfs " + path).toList());
    }

    private static String join(Set<Integer> ports) {
        return String.join(", ", ports.stream().map(String::valueOf).toList());
    }
}
