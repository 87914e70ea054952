package dev.drydock.app.cli;

import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.endpoint.EndpointException;
import dev.drydock.core.files.AtomicFileWrite;
import dev.drydock.core.seccomp.json.SeccompProfileWriter;
import dev.drydock.core.seccomp.learn.LearningResult;
import dev.drydock.core.seccomp.learn.SeccompLearner;
import dev.drydock.core.seccomp.learn.Workload;
import dev.drydock.core.task.CancelledException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code drydock seccomp learn IMAGE}: learns the system calls the image's workload makes (see
 * {@link SeccompLearner}) and writes the profile that allows exactly those; stderr tells per run what was new.
 * Exits with 1 when the run limit came before a run showed nothing new (the profile is written all the same).
 */
@Command(name = "learn")
final class SeccompLearnCommand implements Callable<Integer> {

    @ParentCommand
    SeccompCommand seccomp;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    DaemonOptions daemonOptions;

    @Mixin
    WorkloadOptions workloadOptions;

    @Parameters(paramLabel = "IMAGE", descriptionKey = "seccomp.image")
    String image;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>", descriptionKey = "seccomp.learn.output")
    String output;

    @Override
    public Integer call() throws EndpointException {
        DrydockCommand root = seccomp.root;
        Workload workload = workloadOptions.workload(image, spec, root.environment);
        PrintWriter err = spec.commandLine().getErr();
        TerminalProgress progress = TerminalProgress.line(err, root.environment.terminal(),
                (message, done, total) -> "");
        LearningResult result;
        try (DockerDaemon daemon = root.connect(daemonOptions);
             CancelOnInterrupt ctrlC = CancelOnInterrupt.install()) {
            try {
                result = new SeccompLearner(daemon).learn(workload, workloadOptions.learnerOptions(), progress,
                        ctrlC.token());
            } catch (CancelledException e) {
                progress.finish();
                err.println("drydock: cancelled; every container of the learning runs was removed; no profile was written.");
                err.flush();
                return ExitCodes.CANCELLED;
            } finally {
                progress.finish();
            }
        }
        SeccompReportText.learning(result, workloadOptions.maxRuns, err);
        String json = SeccompProfileWriter.write(result.profile());
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(json);
            out.flush();
        } else {
            try {
                AtomicFileWrite.write(root.environment.resolve(output), json);
            } catch (IOException e) {
                throw new CliProblem("cannot write " + output + ": " + (e.getMessage() == null ? e : e.getMessage()),
                        "Check that its folder exists and that you may write there.");
            }
            err.println("drydock: wrote the profile (" + result.syscalls().size() + " system calls allowed) to "
                    + output + ".");
        }
        err.flush();
        return result.converged() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
