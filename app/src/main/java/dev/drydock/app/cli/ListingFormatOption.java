package dev.drydock.app.cli;

import picocli.CommandLine.Option;

/**
 * {@code --format table|json} of the listing commands ({@code info}, {@code images}, {@code containers}).
 * It may also stand before the command ({@code drydock --format json images}); the one written after
 * the command wins. {@code lint} has its own {@code --format} with the report formats.
 */
final class ListingFormatOption {

    @Option(names = "--format", paramLabel = "table|json")
    OutputFormat format;

    /** The format asked for after the command, else before it, else {@code table}. */
    OutputFormat chosen(DrydockCommand root) {
        if (format != null) {
            return format;
        }
        return root.format != null ? root.format : OutputFormat.table;
    }
}
