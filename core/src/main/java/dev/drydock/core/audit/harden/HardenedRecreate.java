package dev.drydock.core.audit.harden;

import dev.drydock.core.daemon.ContainerSpec;
import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.MountInfo;
import dev.drydock.core.daemon.PortMapping;
import dev.drydock.core.daemon.PublishedPort;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.CancelledException;
import dev.drydock.core.task.ProgressListener;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Recreate hardened": creates a new container with a {@link HardenedRunConfig}'s settings next to the
 * original, starts it and watches whether it stays up. The original is never stopped, changed or removed;
 * the only container this class ever removes is the one it created, and only when starting it failed or the
 * user cancelled. {@link #plan} reads the daemon but changes nothing; {@link #recreate} acts.
 */
public final class HardenedRecreate {

    public static final Duration DEFAULT_WATCH = Duration.ofSeconds(10);
    /** How many log lines the report carries. */
    public static final int LOG_LINES = 20;

    private final DockerDaemon daemon;

    public HardenedRecreate(DockerDaemon daemon) {
        this.daemon = daemon;
    }

    /** The plan with the {@link #DEFAULT_WATCH default watch}. */
    public RecreatePlan plan(HardenedRunConfig config) {
        return plan(config, DEFAULT_WATCH);
    }

    /**
     * What {@link #recreate} will do, without side effects: the new name ({@code <name>-hardened}, with a
     * number added when taken), the exact settings, the steps, and warnings, e.g. for host ports that are
     * already published (the new container publishes those on 127.0.0.1 with a port Docker picks).
     */
    public RecreatePlan plan(HardenedRunConfig config, Duration watch) {
        List<ContainerSummary> all = daemon.listContainers();
        String original = config.containerName();
        String name = uniqueName(original + "-hardened", all);
        Map<String, String> taken = publishedHostPorts(config, all);
        List<String> warnings = new ArrayList<>();
        List<PublishedPort> ports = new ArrayList<>();
        for (PortMapping port : config.settings().ports()) {
            PublishedPort wanted = PublishedPort.of(port);
            String owner = taken.get(port.publicPort() + "/" + port.protocol());
            if (owner != null) {
                PublishedPort instead = wanted.onLoopbackWithAnyPort();
                ports.add(instead);
                warnings.add("Host port " + port.publicPort() + "/" + port.protocol() + " is already published by "
                        + owner + ", so " + name + " publishes container port " + port.privatePort()
                        + " on 127.0.0.1 with a free port Docker picks instead (-p " + instead.display()
                        + "; docker port " + name + " shows it).");
            } else {
                ports.add(wanted);
            }
        }
        if (!name.equals(original + "-hardened")) {
            warnings.add(original + "-hardened is taken, so the new container is called " + name + ".");
        }
        List<MountInfo> mounts = config.settings().mounts();
        if (!mounts.isEmpty()) {
            warnings.add(name + " mounts the same volumes and host paths as " + original + " ("
                    + String.join(", ", mounts.stream().map(MountInfo::destination).toList())
                    + "): both containers use them at the same time.");
        }
        ContainerSpec spec = HardenedContainerSpec.of(config, name, ports);
        return new RecreatePlan(config, config.original().id(), original, spec, watch,
                steps(config, spec, original, watch), warnings);
    }

    /** Carries out the plan with the plan's watch. */
    public RecreateReport recreate(RecreatePlan plan, CancellationToken token, ProgressListener progress) {
        return recreate(plan, plan.watch(), token, progress);
    }

    /**
     * Creates and starts the new container, watches it for {@code watch} and reports how it fared with its
     * last log lines. When creating or starting fails, or the token is cancelled, the container it created
     * (and only that one) is removed again; the report says so. The daemon's refusals to create or start
     * are reported ({@link RecreateOutcome#FAILED_TO_START}), not thrown; a lost connection before anything
     * was created, and any daemon failure while watching (the started container is then left as it is),
     * are thrown as {@link DaemonAccessException}.
     */
    public RecreateReport recreate(RecreatePlan plan, Duration watch, CancellationToken token,
                                   ProgressListener progress) {
        String name = plan.newName();
        List<String> notes = new ArrayList<>();
        notes.add("The original " + plan.originalName() + " was left as it is (never stopped or removed).");
        String id = "";
        boolean started = false;
        try {
            token.throwIfCancelled();
            progress.progress("Creating " + name, 0, 3);
            id = daemon.createContainer(plan.spec());
            token.throwIfCancelled();
            progress.progress("Starting " + name, 1, 3);
            daemon.startContainer(id);
            started = true;
            ContainerWatch.Verdict verdict = new ContainerWatch(daemon).watch(id, name, watch, token, progress);
            progress.progress("Reading the log of " + name, 3, 3);
            if (verdict.healthUndecided()) {
                notes.add("Its health check had not decided yet when the watch ended; check again with docker ps.");
            }
            if (!verdict.outcome().ok()) {
                notes.add(name + " was left in place so you can look at it; remove it with docker rm -f " + name + ".");
            }
            return new RecreateReport(plan, id, verdict.outcome(), verdict.exitCode(), verdict.restarts(),
                    verdict.error(), verdict.watched(), logTail(id), false, notes);
        } catch (CancelledException e) {
            boolean removed = removeCreated(id, name, notes);
            return new RecreateReport(plan, id, RecreateOutcome.CANCELLED, 0, 0, "", Duration.ZERO, List.of(),
                    removed, notes);
        } catch (DaemonAccessException e) {
            if (id.isEmpty() && e.connectionLost() || started) {
                throw e;
            }
            List<String> logs = id.isEmpty() ? List.of() : logTail(id);
            boolean removed = removeCreated(id, name, notes);
            return new RecreateReport(plan, id, RecreateOutcome.FAILED_TO_START, 0, 0, e.explain(), Duration.ZERO,
                    logs, removed, notes);
        }
    }

    private boolean removeCreated(String id, String name, List<String> notes) {
        if (id.isEmpty()) {
            notes.add("Nothing was created.");
            return false;
        }
        try {
            daemon.removeContainer(id, true);
            notes.add("Removed " + name + ", the container Drydock had created; nothing else was touched.");
            return true;
        } catch (DaemonAccessException e) {
            notes.add("Could not remove " + name + " (" + e.getMessage() + "); remove it with docker rm -f " + name
                    + ".");
            return false;
        }
    }

    private List<String> logTail(String id) {
        try {
            return daemon.containerLogTail(id, LOG_LINES);
        } catch (DaemonAccessException | UnsupportedOperationException e) {
            return List.of("(its log cannot be read: " + e.getMessage() + ")");
        }
    }

    private static List<String> steps(HardenedRunConfig config, ContainerSpec spec, String original, Duration watch) {
        List<String> flags = config.options().stream().filter(HardeningOption::enabled)
                .filter(option -> option.kind() != HardeningKind.LOOPBACK_PORTS).map(HardeningOption::flag).toList();
        String ports = spec.ports().isEmpty() ? ""
                : " " + String.join(" ", spec.ports().stream().map(port -> "-p " + port.display()).toList());
        return List.of(
                "Create " + spec.name() + " from image " + spec.image() + " with " + String.join(" ", flags) + ports
                        + ".",
                "Start it.",
                "Watch it for " + watch.toSeconds() + " s: its health check if it has one, else whether it keeps"
                        + " running without restarts; then show its last log lines.",
                "The original " + original + " is left as it is (never stopped or removed).",
                "If " + spec.name() + " cannot be started, or you cancel, only " + spec.name() + " is removed again.");
    }

    private static String uniqueName(String wanted, List<ContainerSummary> all) {
        Set<String> names = new HashSet<>();
        all.forEach(container -> container.names().forEach(n -> names.add(n.replaceFirst("^/", ""))));
        String name = wanted;
        for (int n = 2; names.contains(name); n++) {
            name = wanted + "-" + n;
        }
        return name;
    }

    /** The host ports ({@code 8080/tcp}) the original or any other container publishes, with who publishes them. */
    private static Map<String, String> publishedHostPorts(HardenedRunConfig config, List<ContainerSummary> all) {
        Map<String, String> taken = new HashMap<>();
        config.original().host().portBindings().stream().filter(PortMapping::published)
                .forEach(port -> taken.put(port.publicPort() + "/" + port.protocol(), config.containerName()));
        all.forEach(container -> container.ports().stream().filter(PortMapping::published)
                .forEach(port -> taken.putIfAbsent(port.publicPort() + "/" + port.protocol(), container.name())));
        return taken;
    }
}
