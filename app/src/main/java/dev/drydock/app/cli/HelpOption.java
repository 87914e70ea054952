package dev.drydock.app.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} for sub-commands (the version option lives on {@code drydock} only). */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true)
    boolean help;
}
