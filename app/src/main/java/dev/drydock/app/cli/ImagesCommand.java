package dev.drydock.app.cli;

import dev.drydock.core.daemon.endpoint.EndpointException;
import dev.drydock.core.daemon.ImageSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code drydock images}: the daemon's images ({@code docker images}). */
@Command(name = "images")
final class ImagesCommand implements Callable<Integer> {

    @ParentCommand
    DrydockCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    ListingFormatOption format;

    @Mixin
    DaemonOptions daemonOptions;

    @Option(names = "--no-trunc")
    boolean noTrunc;

    @Override
    public Integer call() throws EndpointException {
        List<ImageSummary> images = root.images(daemonOptions);
        PrintWriter out = spec.commandLine().getOut();
        if (format.chosen(root) == OutputFormat.json) {
            JsonOutput.print(out, images.stream().map(ImageJson::of).toList());
        } else {
            ImageTable.of(images, !noTrunc, Instant.now()).print(out);
        }
        return ExitCodes.OK;
    }
}
