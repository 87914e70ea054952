package dev.drydock.app.cli;

import dev.drydock.core.daemon.endpoint.EndpointException;
import dev.drydock.core.files.AtomicFileWrite;
import dev.drydock.core.image.ImageArchiveException;
import dev.drydock.core.image.inspect.ImageInspection;
import dev.drydock.core.image.sbom.SbomContext;
import dev.drydock.core.image.sbom.SbomExporters;
import dev.drydock.core.image.sbom.SbomFormat;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.task.CancelledException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code drydock sbom}: the image's Software Bill of Materials, as CycloneDX 1.6 or SPDX 2.3 JSON. */
@Command(name = "sbom")
final class SbomCommand implements Callable<Integer> {

    @ParentCommand
    DrydockCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    DaemonOptions daemonOptions;

    @Mixin
    ImageReadOptions read;

    @Option(names = "--format", required = true, paramLabel = "cyclonedx|spdx", descriptionKey = "sbom.format",
            converter = SbomFormatConverter.class)
    SbomFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>")
    String output;

    @Override
    public Integer call() throws EndpointException, ImageArchiveException, IOException {
        PrintWriter err = spec.commandLine().getErr();
        try (ImageTarget target = read.open(root, daemonOptions);
             CancelOnInterrupt ctrlC = CancelOnInterrupt.install()) {
            ScannedImage image;
            try {
                // the inventory needs only the analyzers, but the full inspection also puts the distribution into OS purls
                image = new ImageInspection(read.cache(root.environment)).inspect(target.source(), LocalDate.now(),
                        TerminalProgress.on(err, root.environment.terminal()), ctrlC.token()).image();
            } catch (CancelledException e) {
                err.println("drydock: cancelled; no SBOM was written.");
                err.flush();
                return ExitCodes.CANCELLED;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            SbomExporters.write(image, format, bytes, SbomContext.now(DrydockVersion.version()));
            String json = bytes.toString(StandardCharsets.UTF_8);
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                out.print(json);
                out.flush();
            } else {
                write(json);
                err.println("Wrote the " + format.title() + " SBOM of " + target.source().name() + " ("
                        + image.packages().size() + " packages) to " + output + ".");
            }
            return ExitCodes.OK;
        }
    }

    private void write(String json) {
        try {
            AtomicFileWrite.write(root.environment.resolve(output), json);
        } catch (IOException e) {
            throw new CliProblem("cannot write " + output + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()),
                    "Check that its folder exists and that you may write there.");
        }
    }

    /** {@code cyclonedx} or {@code spdx}, in any case. */
    static final class SbomFormatConverter implements ITypeConverter<SbomFormat> {
        @Override
        public SbomFormat convert(String value) {
            return SbomFormat.byName(value).orElseThrow(() -> new TypeConversionException(
                    "expected one of cyclonedx, spdx but was '" + value + "'"));
        }
    }
}
