package dev.drydock.app.cli;

import dev.drydock.core.audit.container.ContainerAudit;
import dev.drydock.core.audit.container.DaemonContainerAudit;
import dev.drydock.core.audit.harden.ComposeServiceRenderer;
import dev.drydock.core.audit.harden.DockerRunRenderer;
import dev.drydock.core.audit.harden.HardenedRecreate;
import dev.drydock.core.audit.harden.HardenedRunAdvisor;
import dev.drydock.core.audit.harden.HardenedRunConfig;
import dev.drydock.core.audit.harden.HardeningOption;
import dev.drydock.core.audit.harden.KubernetesPodRenderer;
import dev.drydock.core.audit.harden.WritablePathObservation;
import dev.drydock.core.audit.harden.WritablePathObserver;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.endpoint.EndpointException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code drydock harden CONTAINER}: the hardened equivalent of a container's run settings, as
 * {@code docker run} flags, a Compose service or a Kubernetes Pod; standard error says, per option,
 * which findings it fixes and why it is there. {@code --observe} takes the paths it writes from
 * {@code docker diff}; {@code --recreate} creates and starts the hardened container next to the original
 * after confirmation (see {@link HardenRecreation}).
 */
@Command(name = "harden")
final class HardenCommand implements Callable<Integer> {

    enum HardenFormat { run, compose, k8s }

    private static final int MAX_WATCH_SECONDS = 3600;

    @ParentCommand
    DrydockCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    DaemonOptions daemonOptions;

    @Parameters(paramLabel = "CONTAINER", descriptionKey = "harden.container")
    String container;

    @Option(names = "--format", paramLabel = "run|compose|k8s", descriptionKey = "harden.format")
    HardenFormat format = HardenFormat.run;

    @Option(names = "--writable", paramLabel = "PATH", descriptionKey = "harden.writable")
    List<String> writable = new ArrayList<>();

    @Option(names = "--observe", descriptionKey = "harden.observe")
    boolean observe;

    @Option(names = "--recreate", descriptionKey = "harden.recreate")
    boolean recreate;

    @Option(names = "--yes", descriptionKey = "harden.yes")
    boolean yes;

    @Option(names = "--watch", paramLabel = "SECONDS", descriptionKey = "harden.watch")
    int watchSeconds = (int) HardenedRecreate.DEFAULT_WATCH.toSeconds();

    @Override
    public Integer call() throws EndpointException {
        if (watchSeconds < 1 || watchSeconds > MAX_WATCH_SECONDS) {
            throw new ParameterException(spec.commandLine(),
                    "--watch takes 1 to " + MAX_WATCH_SECONDS + " seconds, not " + watchSeconds + ".");
        }
        ParseResult parsed = spec.commandLine().getParseResult();
        if (!recreate && (parsed.hasMatchedOption("--yes") || parsed.hasMatchedOption("--watch"))) {
            throw new ParameterException(spec.commandLine(), "--yes and --watch go with --recreate.");
        }
        boolean terminal = root.environment.terminal();
        if (recreate && !yes && !terminal) {
            throw new ParameterException(spec.commandLine(), "--recreate creates and starts a container and there is no"
                    + " terminal to confirm on: add --yes to go ahead ('drydock harden " + container + "' alone shows the"
                    + " settings first).");
        }
        PrintWriter err = spec.commandLine().getErr();
        try (DockerDaemon daemon = root.connect(daemonOptions)) {
            DaemonContainerAudit.Audited audited = new DaemonContainerAudit(daemon, ContainerAudit.standard()).audit(container);
            HardenedRunConfig config;
            if (observe) {
                if (!audited.details().state().running()) {
                    err.println("drydock: " + container + " is not running; docker diff shows only what it wrote"
                            + " while it ran. Start it and let it work for a while for a fuller picture.");
                }
                WritablePathObservation seen = new WritablePathObserver().observe(daemon, audited.details());
                seen.reasoning().forEach(line -> err.println("drydock: writable " + line));
                List<String> paths = new ArrayList<>(seen.directories());
                paths.addAll(writable);
                config = writable.isEmpty() ? new HardenedRunAdvisor().advise(audited.details(), audited.result(), seen)
                        : new HardenedRunAdvisor().advise(audited.details(), audited.result(), paths);
            } else {
                config = new HardenedRunAdvisor().advise(audited.details(), audited.result(), writable);
            }
            if (recreate) {
                explain(config, err);
                return new HardenRecreation(daemon, spec.commandLine().getOut(), err, root.environment)
                        .run(config, Duration.ofSeconds(watchSeconds), yes);
            }
            print(config);
            explain(config, err);
            return ExitCodes.OK;
        }
    }

    private void print(HardenedRunConfig config) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format) {
            case run -> new DockerRunRenderer().render(config) + System.lineSeparator();
            case compose -> new ComposeServiceRenderer().render(config);
            case k8s -> new KubernetesPodRenderer().render(config);
        });
        out.flush();
    }

    private static void explain(HardenedRunConfig config, PrintWriter err) {
        for (HardeningOption option : config.options()) {
            if (option.enabled()) {
                String fixes = option.fixes().isEmpty() ? "" : " (fixes " + String.join(", ", option.fixes()) + ")";
                err.println("drydock: " + option.flag() + fixes + ": " + option.reasoning());
            }
        }
        err.flush();
    }
}
