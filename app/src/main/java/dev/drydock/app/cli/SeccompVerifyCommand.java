package dev.drydock.app.cli;

import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.endpoint.EndpointException;
import dev.drydock.core.seccomp.json.SeccompProfileReader;
import dev.drydock.core.seccomp.json.SeccompReadException;
import dev.drydock.core.seccomp.learn.Workload;
import dev.drydock.core.seccomp.profile.SeccompProfile;
import dev.drydock.core.seccomp.verify.ProfileVerifier;
import dev.drydock.core.seccomp.verify.VerificationReport;
import dev.drydock.core.task.CancelledException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code drydock seccomp verify IMAGE --profile FILE}: runs the workload under the profile and compares it with a
 * run where the profile only logs, names the calls it lacks, and probes calls it must block (see
 * {@link ProfileVerifier}). The report goes to stdout; exit 0 when it passed, 1 when it did not.
 */
@Command(name = "verify")
final class SeccompVerifyCommand implements Callable<Integer> {

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

    @Option(names = "--profile", required = true, paramLabel = "<file>", descriptionKey = "seccomp.verify.profile")
    String profileFile;

    @Override
    public Integer call() throws EndpointException {
        DrydockCommand root = seccomp.root;
        Workload workload = workloadOptions.workload(image, spec, root.environment);
        SeccompProfile profile;
        try {
            profile = SeccompProfileReader.readFile(root.environment.resolve(profileFile)).profile();
        } catch (SeccompReadException e) {
            throw new CliProblem(e.getMessage(), "Give a seccomp profile in Docker's JSON format, e.g. one written"
                    + " by 'drydock seccomp learn'.");
        }
        PrintWriter err = spec.commandLine().getErr();
        TerminalProgress progress = TerminalProgress.line(err, root.environment.terminal(), (message, done, total) -> "");
        VerificationReport report;
        try (DockerDaemon daemon = root.connect(daemonOptions);
             CancelOnInterrupt ctrlC = CancelOnInterrupt.install()) {
            try {
                report = new ProfileVerifier(daemon).verify(workload, profile, workloadOptions.learnerOptions(),
                        progress, ctrlC.token());
            } catch (CancelledException e) {
                progress.finish();
                err.println("drydock: cancelled; every container of the verification was removed.");
                err.flush();
                return ExitCodes.CANCELLED;
            } finally {
                progress.finish();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        SeccompReportText.verification(report, out);
        out.flush();
        return report.passed() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
