package dev.drydock.core.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The output formats of {@code drydock lint --format}. */
public enum ReportFormat {
    /** Human-readable lines for a terminal. */
    TTY,
    /** Drydock's own JSON, with locations and fixes. */
    JSON,
    /** SARIF 2.1.0, for code-scanning services and IDEs. */
    SARIF,
    /** Checkstyle XML, for CI plugins that read it. */
    CHECKSTYLE,
    /** GitLab Code Quality JSON. */
    GITLAB,
    /** JUnit XML, for CI test report views. */
    JUNIT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The exporter for this format; {@code colour} only matters for {@link #TTY}. */
    public ReportExporter exporter(boolean colour) {
        return switch (this) {
            case TTY -> new TtyReport(colour);
            case JSON -> new JsonReport();
            case SARIF -> new SarifReport();
            case CHECKSTYLE -> new CheckstyleReport();
            case GITLAB -> new GitlabCodeQualityReport();
            case JUNIT -> new JunitReport();
        };
    }

    public static Optional<ReportFormat> parse(String text) {
        return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(text.strip())).findFirst();
    }

    /** The ids, for help texts: {@code tty|json|…}. */
    public static String ids() {
        return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining("|"));
    }
}
