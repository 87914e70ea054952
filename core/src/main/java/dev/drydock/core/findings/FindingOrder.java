package dev.drydock.core.findings;

import java.util.Comparator;

/** Orders findings as a reader meets them, so that every output lists them the same way. */
public final class FindingOrder {

    /**
     * Dockerfile findings first, by file, line, column, then rule id; then image, container and
     * daemon findings by their description and rule id.
     */
    public static final Comparator<Finding> READING_ORDER = Comparator
            .comparingInt(FindingOrder::kindRank)
            .thenComparing(FindingOrder::source)
            .thenComparingInt(f -> f.textRange().map(TextRange::startOffset).orElse(0))
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    private FindingOrder() {
    }

    private static int kindRank(Finding finding) {
        Location location = finding.location();
        if (location instanceof Location.DockerfileRange) {
            return 0;
        }
        if (location instanceof Location.ImageLayerPath) {
            return 1;
        }
        return location instanceof Location.ContainerField ? 2 : 3;
    }

    private static String source(Finding finding) {
        return finding.location() instanceof Location.DockerfileRange range ? range.file() : finding.location().describe();
    }
}
