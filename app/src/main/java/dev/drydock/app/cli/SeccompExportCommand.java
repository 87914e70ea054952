package dev.drydock.app.cli;

import dev.drydock.core.findings.Severity;
import dev.drydock.core.seccomp.export.KubernetesSeccompExport;
import dev.drydock.core.seccomp.export.SeccompExportFormat;
import dev.drydock.core.seccomp.export.SeccompSnippets;
import dev.drydock.core.seccomp.json.SeccompDocument;
import dev.drydock.core.seccomp.validation.SeccompProblem;
import dev.drydock.core.seccomp.validation.SeccompValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code drydock seccomp export FILE --format compose|k8s|run|json [--name N] [-o OUT]}: how to use a
 * profile file with Compose, Kubernetes or docker run. A profile with errors is not exported (exit 1).
 */
@Command(name = "export")
final class SeccompExportCommand implements Callable<Integer> {

    @ParentCommand
    SeccompCommand seccomp;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "FILE", descriptionKey = "seccomp.export.file")
    String file;

    @Option(names = "--format", required = true, paramLabel = "compose|k8s|run|json",
            descriptionKey = "seccomp.export.format", converter = FormatConverter.class)
    SeccompExportFormat format;

    @Option(names = "--name", paramLabel = "NAME", descriptionKey = "seccomp.export.name")
    String name;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "seccomp.export.output")
    String output;

    @Option(names = "--force", descriptionKey = "seccomp.force")
    boolean force;

    @Override
    public Integer call() {
        Path path = seccomp.root.environment.resolve(file);
        SeccompDocument document = SeccompFiles.read(path);
        PrintWriter err = spec.commandLine().getErr();
        List<SeccompProblem> problems = SeccompValidation.validate(document);
        if (problems.stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
            problems.stream().filter(p -> p.severity() == Severity.ERROR)
                    .forEach(p -> err.println(SeccompValidateCommand.line(file, p)));
            err.println("drydock: " + file + " has errors; not exported. Fix them first (drydock seccomp validate "
                    + file + ").");
            err.flush();
            return ExitCodes.FINDINGS;
        }
        String chosenName = name != null ? name : KubernetesSeccompExport.nameOf(path);
        try {
            KubernetesSeccompExport.checkedName(chosenName);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        String text = new SeccompSnippets(document.profile(), file, chosenName).render(format);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        } else {
            SeccompFiles.write(seccomp.root.environment.resolve(output), text, force);
            err.println("drydock: wrote the " + format.title() + " export of " + file + " to " + output + ".");
            err.flush();
        }
        return ExitCodes.OK;
    }

    /** {@code compose}, {@code k8s} (or {@code kubernetes}), {@code run} or {@code json}, in any case. */
    static final class FormatConverter implements ITypeConverter<SeccompExportFormat> {
        @Override
        public SeccompExportFormat convert(String value) {
            return SeccompExportFormat.byId(value).orElseThrow(() -> new TypeConversionException("expected one of "
                    + Arrays.stream(SeccompExportFormat.values()).map(SeccompExportFormat::id)
                    .collect(Collectors.joining(", ")) + " but was '" + value + "'"));
        }
    }
}
