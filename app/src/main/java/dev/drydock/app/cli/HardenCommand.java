package dev.drydock.app.cli;

import dev.drydock.core.audit.container.ContainerAudit;
import dev.drydock.core.audit.container.DaemonContainerAudit;
import dev.drydock.core.audit.harden.ComposeServiceRenderer;
import dev.drydock.core.audit.harden.DockerRunRenderer;
import dev.drydock.core.audit.harden.HardenedRunAdvisor;
import dev.drydock.core.audit.harden.HardenedRunConfig;
import dev.drydock.core.audit.harden.HardeningOption;
import dev.drydock.core.audit.harden.KubernetesPodRenderer;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.endpoint.EndpointException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code drydock harden CONTAINER}: the hardened equivalent of a container's run settings, as
 * {@code docker run} flags, a Compose service or a Kubernetes Pod; standard error says, per option,
 * which findings it fixes and why it is there.
 */
@Command(name = "harden")
final class HardenCommand implements Callable<Integer> {

    enum HardenFormat { run, compose, k8s }

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

    @Override
    public Integer call() throws EndpointException {
        DaemonContainerAudit.Audited audited;
        try (DockerDaemon daemon = root.connect(daemonOptions)) {
            audited = new DaemonContainerAudit(daemon, ContainerAudit.standard()).audit(container);
        }
        HardenedRunConfig config = new HardenedRunAdvisor().advise(audited.details(), audited.result(), writable);
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format) {
            case run -> new DockerRunRenderer().render(config) + System.lineSeparator();
            case compose -> new ComposeServiceRenderer().render(config);
            case k8s -> new KubernetesPodRenderer().render(config);
        });
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        for (HardeningOption option : config.options()) {
            if (option.enabled()) {
                String fixes = option.fixes().isEmpty() ? "" : " (fixes " + String.join(", ", option.fixes()) + ")";
                err.println("drydock: " + option.flag() + fixes + ": " + option.reasoning());
            }
        }
        err.flush();
        return ExitCodes.OK;
    }
}
