package dev.drydock.app.cli;

import dev.drydock.core.seccomp.diff.ProfileDiff;
import dev.drydock.core.seccomp.diff.ProfileDiffText;
import dev.drydock.core.seccomp.diff.SeccompDiff;
import dev.drydock.core.seccomp.profile.SeccompProfile;
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
 * {@code drydock seccomp diff A B}: what B allows that A did not, what it no longer allows (grouped by
 * purpose, risky calls marked) and other changed treatments. Exit codes as diff(1): 0 when the profiles
 * treat every call alike, 1 when they differ, 2 when a file cannot be read.
 */
@Command(name = "diff")
final class SeccompDiffCommand implements Callable<Integer> {

    enum DiffFormat { text, json }

    @ParentCommand
    SeccompCommand seccomp;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "A", descriptionKey = "seccomp.diff.before")
    String before;

    @Parameters(index = "1", paramLabel = "B", descriptionKey = "seccomp.diff.after")
    String after;

    @Option(names = "--format", paramLabel = "text|json", descriptionKey = "seccomp.diff.format")
    DiffFormat format = DiffFormat.text;

    @Override
    public Integer call() {
        CliEnvironment environment = seccomp.root.environment;
        SeccompProfile a = SeccompFiles.read(environment.resolve(before)).profile();
        SeccompProfile b = SeccompFiles.read(environment.resolve(after)).profile();
        ProfileDiff diff = SeccompDiff.between(a, b);
        PrintWriter out = spec.commandLine().getOut();
        if (format == DiffFormat.json) {
            JsonOutput.print(out, SeccompDiffJson.of(before, after, diff));
        } else {
            out.print(ProfileDiffText.render(diff));
            out.flush();
        }
        return diff.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
