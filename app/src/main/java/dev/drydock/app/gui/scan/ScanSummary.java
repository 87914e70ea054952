package dev.drydock.app.gui.scan;

import dev.drydock.app.gui.common.Formats;
import dev.drydock.app.gui.vulnerabilities.SeverityColours;
import dev.drydock.app.gui.vulnerabilities.VulnerabilitiesViewModel;
import dev.drydock.app.gui.vulnerabilities.VulnerabilityTable;
import dev.drydock.core.vuln.VulnerabilitySeverity;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.image.analyzers.os.EndOfLifeStatus;
import dev.drydock.core.image.analyzers.os.OsEndOfLife;
import dev.drydock.core.image.inspect.ImageReport;
import dev.drydock.core.image.scan.ImageConfigFacts;
import dev.drydock.core.image.scan.Located;
import dev.drydock.core.image.scan.OsReleaseFact;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.image.scan.ScannedLayer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Summary tab's text: the image, its distribution and end of life, layers, packages by type,
 * findings by severity, and the checks that could not run with the reason. Decided here, shown by
 * the view as it is.
 */
public final class ScanSummary {

    /** One line: label and value; {@code risky} values stand out. */
    public record Line(String label, String value, boolean risky) {
        static Line of(String label, String value) {
            return new Line(label, value, false);
        }
    }

    /** A titled group of lines. */
    public record Section(String title, List<Line> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    private ScanSummary() {
    }

    public static List<Section> of(ImageReport report, List<ImageFindingRow> findings, LocalDate today) {
        ScannedImage image = report.image();
        List<Section> sections = new ArrayList<>();
        sections.add(image(image.config()));
        sections.add(contents(image, today));
        sections.add(findings(findings));
        List<Line> skipped = report.audit().skipped().stream()
                .map(check -> new Line(check.ruleId() + " " + check.title(), "skipped: " + check.reason(), false)).toList();
        sections.add(new Section("Checks that could not run", skipped.isEmpty()
                ? List.of(Line.of("None", "every check ran")) : skipped));
        if (!image.notes().isEmpty()) {
            sections.add(new Section("What the scan could not read",
                    image.notes().stream().map(note -> Line.of("", note)).toList()));
        }
        return List.copyOf(sections);
    }

    private static Section image(ImageConfigFacts config) {
        boolean root = config.user().isEmpty() || config.user().equals("root") || config.user().equals("0")
                || config.user().startsWith("0:") || config.user().startsWith("root:");
        return new Section("Image", List.of(
                Line.of("Image", config.reference()),
                Line.of("ID", config.imageId()),
                Line.of("Tags", String.join(", ", config.repoTags())),
                Line.of("Platform", config.os() + "/" + config.architecture()),
                Line.of("Created", Formats.dateTime(config.created())),
                new Line("User", root ? "root" + (config.user().isEmpty() ? " (no USER set)" : "") : config.user(), root)));
    }

    private static Section contents(ScannedImage image, LocalDate today) {
        List<Line> lines = new ArrayList<>();
        if (image.os().isPresent()) {
            OsReleaseFact os = image.os().get().fact();
            EndOfLifeStatus status = OsEndOfLife.of(os, today);
            lines.add(Line.of("Distribution", distribution(os)));
            lines.add(new Line("End of life", status.describe(), status.state() == EndOfLifeStatus.State.ENDED));
        } else {
            lines.add(Line.of("Distribution", "unknown: no etc/os-release or other release file"));
        }
        long base = image.layers().stream().filter(ScannedLayer::fromBase).count();
        long bytes = image.layers().stream().mapToLong(layer -> layer.facts().size()).sum();
        lines.add(Line.of("Layers", image.layers().size() + (base > 0 ? " (" + base + " from the base image)" : "")
                + ", " + Formats.size(bytes)));
        lines.add(Line.of("Files", image.files().size() + " paths"
                + (image.hidden().isEmpty() ? "" : ", " + image.hidden().size() + " hidden by later layers but still shipped")));
        lines.add(Line.of("Packages", packagesByType(image.packages())));
        lines.add(new Line("Secrets", image.secrets().isEmpty() ? "none found in files"
                : image.secrets().size() + " in files (masked)", !image.secrets().isEmpty()));
        lines.add(new Line("Miner or malware traces", image.malware().isEmpty() ? "none found"
                : Integer.toString(image.malware().size()), !image.malware().isEmpty()));
        return new Section("Contents", lines);
    }

    private static String distribution(OsReleaseFact os) {
        String name = os.prettyName().isEmpty() ? (os.id() + " " + os.versionId()).strip() : os.prettyName();
        return name + " (from " + os.path() + ")";
    }

    /** {@code 120 (deb 112, maven 6, npm 2)}, or {@code none found}. */
    static String packagesByType(List<Located<PackageFact>> packages) {
        if (packages.isEmpty()) {
            return "none found";
        }
        Map<PackageType, Long> byType = packages.stream()
                .collect(Collectors.groupingBy(located -> located.fact().type(), () -> new EnumMap<>(PackageType.class),
                        Collectors.counting()));
        return packages.size() + " (" + byType.entrySet().stream()
                .map(entry -> entry.getKey().purlType() + " " + entry.getValue())
                .collect(Collectors.joining(", ")) + ")";
    }

    /** The Vulnerabilities section: active matches by severity once matched, else why there are none. */
    static Section vulnerabilities(VulnerabilitiesViewModel matching) {
        List<Line> lines = new ArrayList<>();
        switch (matching.stateProperty().get()) {
            case DONE -> {
                for (VulnerabilitySeverity severity : VulnerabilityTable.SEVERITIES) {
                    int count = matching.count(severity) + (severity == VulnerabilitySeverity.UNKNOWN
                            ? matching.count(VulnerabilitySeverity.NONE) : 0);
                    lines.add(new Line(SeverityColours.title(severity), Integer.toString(count), count > 0
                            && severity.isAtLeast(VulnerabilitySeverity.HIGH)));
                }
                int suppressed = matching.reportProperty().get().suppressed().size();
                if (suppressed > 0) {
                    lines.add(Line.of("Suppressed", Integer.toString(suppressed)));
                }
                String warning = matching.databaseWarningProperty().get();
                if (!warning.isEmpty()) {
                    lines.add(new Line("Database", warning, true));
                }
            }
            case NO_DATABASE -> lines.add(new Line("Not matched", "no vulnerability database: run `drydock db update` "
                    + "or `drydock db import PATH`", true));
            case MATCHING, WAITING -> lines.add(Line.of("Matching", "in progress…"));
            case FAILED -> lines.add(new Line("Not matched", matching.messageProperty().get(), true));
            case CANCELLED -> lines.add(Line.of("Not matched", "cancelled"));
        }
        return new Section("Vulnerabilities", lines);
    }

    private static Section findings(List<ImageFindingRow> findings) {
        Map<Severity, Long> bySeverity = findings.stream()
                .collect(Collectors.groupingBy(ImageFindingRow::severity, () -> new EnumMap<>(Severity.class), Collectors.counting()));
        long inherited = findings.stream().filter(ImageFindingRow::inherited).count();
        List<Line> lines = new ArrayList<>();
        for (Severity severity : ImageFindingsViewModel.SEVERITIES) {
            long count = bySeverity.getOrDefault(severity, 0L);
            lines.add(new Line(capitalized(severity.id()), Long.toString(count), count > 0 && severity == Severity.ERROR));
        }
        lines.add(Line.of("Inherited from the base image", Long.toString(inherited)));
        return new Section("Findings", lines);
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
