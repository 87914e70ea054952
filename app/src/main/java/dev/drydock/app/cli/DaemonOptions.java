package dev.drydock.app.cli;

import picocli.CommandLine.Option;

/**
 * {@code -H/--host} and {@code -c/--context} of the commands that talk to a daemon. They may also stand
 * before the command ({@code drydock -H tcp://box:2376 images}); {@link DrydockCommand#connect(DaemonOptions)}
 * merges both places.
 */
final class DaemonOptions {

    @Option(names = {"-H", "--host"}, paramLabel = "<uri>")
    String host;

    @Option(names = {"-c", "--context"}, paramLabel = "<name>")
    String context;
}
