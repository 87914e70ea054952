package dev.drydock.app.cli;

import dev.drydock.core.seccomp.templates.SeccompTemplates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code drydock seccomp template baseline|strict [-o FILE]}: a shipped template to start a profile from. */
@Command(name = "template")
final class SeccompTemplateCommand implements Callable<Integer> {

    enum Template { baseline, strict }

    @ParentCommand
    SeccompCommand seccomp;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "baseline|strict", descriptionKey = "seccomp.template.name")
    Template template;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "seccomp.template.output")
    String output;

    @Option(names = "--force", descriptionKey = "seccomp.force")
    boolean force;

    @Override
    public Integer call() {
        String text = SeccompTemplates.text(template.name() + ".json");
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        } else {
            Path file = seccomp.root.environment.resolve(output);
            SeccompFiles.write(file, text, force);
            PrintWriter err = spec.commandLine().getErr();
            err.println("drydock: wrote the " + template + " template to " + output + ".");
            err.flush();
        }
        return ExitCodes.OK;
    }
}
