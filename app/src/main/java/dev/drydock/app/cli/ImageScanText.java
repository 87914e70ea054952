package dev.drydock.app.cli;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Location;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.report.DockerfileLine;
import dev.drydock.core.image.analyzers.os.EndOfLifeStatus;
import dev.drydock.core.image.analyzers.os.OsEndOfLife;
import dev.drydock.core.image.rules.ImageHistory;
import dev.drydock.core.image.rules.ImageRuleRegistry;
import dev.drydock.core.image.rules.SkippedCheck;
import dev.drydock.core.image.scan.Located;
import dev.drydock.core.image.scan.OsReleaseFact;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.image.scan.ScannedLayer;
import dev.drydock.core.report.TerminalText;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code drydock scan --format tty}: a summary of the image (name, distribution and its end of life,
 * layers, packages by type, findings by severity), then each finding with its rule, severity, path,
 * layer (short digest and the command that made it) and whether it was inherited from the base image,
 * then the checks that could not run and why. Text from the image never carries terminal control
 * characters through.
 */
final class ImageScanText {

    private static final int SHORT_DIGEST = 12;

    private final ScannedImage image;
    private final List<Finding> findings;
    private final List<SkippedCheck> skipped;
    private final LocalDate today;
    private final Function<Finding, Optional<DockerfileLine>> dockerfileLines;

    ImageScanText(ScannedImage image, List<Finding> findings, List<SkippedCheck> skipped, LocalDate today) {
        this(image, findings, skipped, today, finding -> Optional.empty());
    }

    /** With {@code dockerfileLines}: each finding also names the Dockerfile line that made its layer, when known. */
    ImageScanText(ScannedImage image, List<Finding> findings, List<SkippedCheck> skipped, LocalDate today,
                  Function<Finding, Optional<DockerfileLine>> dockerfileLines) {
        this.dockerfileLines = dockerfileLines;
        this.image = image;
        this.findings = List.copyOf(findings);
        this.skipped = List.copyOf(skipped);
        this.today = today;
    }

    void print(PrintWriter out) {
        row(out, "Image", imageName());
        row(out, "OS", os());
        long base = image.layers().stream().filter(ScannedLayer::fromBase).count();
        row(out, "Layers", image.layers().size() + (base > 0 ? " (" + base + " from the base image)" : ""));
        row(out, "Packages", packages());
        row(out, "Findings", findingCounts());
        for (String note : image.notes()) {
            row(out, "Note", clean(note));
        }
        for (Finding finding : findings) {
            out.println();
            printFinding(out, finding);
        }
        if (!skipped.isEmpty()) {
            out.println();
            out.println("Skipped checks:");
            for (SkippedCheck check : skipped) {
                out.println("  " + check.ruleId() + " " + clean(check.title()) + ": skipped, " + clean(check.reason()));
            }
        }
        out.flush();
    }

    private String imageName() {
        String reference = image.config().reference();
        List<String> details = new ArrayList<>();
        image.config().repoTags().stream().filter(tag -> !tag.equals(reference)).forEach(details::add);
        String id = shortDigest(image.config().imageId());
        if (!id.isEmpty()) {
            details.add("id " + id);
        }
        String name = reference.isEmpty() ? "" : reference;
        String more = String.join(", ", details);
        return clean(name.isEmpty() ? more : more.isEmpty() ? name : name + " (" + more + ")");
    }

    private String os() {
        Optional<Located<OsReleaseFact>> os = image.os();
        if (os.isEmpty()) {
            return "unknown (no etc/os-release or other release file)";
        }
        OsReleaseFact fact = os.get().fact();
        String name = fact.prettyName().isEmpty() ? (fact.id() + " " + fact.versionId()).strip() : fact.prettyName();
        EndOfLifeStatus status = OsEndOfLife.of(fact, today);
        String verdict = switch (status.state()) {
            case SUPPORTED -> "supported" + status.endOfLife().map(end -> " until " + end).orElse("");
            case ENDED -> "END OF LIFE since " + status.endOfLife().orElseThrow()
                    + status.extendedUntil().map(end -> " (long-term support until " + end + ")").orElse("");
            case UNKNOWN -> "end of life not known";
        };
        return clean(name) + ", " + verdict;
    }

    private String packages() {
        Map<PackageType, Integer> byType = new EnumMap<>(PackageType.class);
        long hidden = 0;
        for (Located<PackageFact> located : image.packages()) {
            byType.merge(located.fact().type(), 1, Integer::sum);
            hidden += located.hidden() ? 1 : 0;
        }
        if (byType.isEmpty()) {
            return "none found";
        }
        String types = byType.entrySet().stream().map(e -> e.getKey().purlType() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return image.packages().size() + " (" + types + ")" + (hidden > 0 ? ", " + hidden + " in hidden files" : "");
    }

    private String findingCounts() {
        if (findings.isEmpty()) {
            return "none";
        }
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        findings.forEach(finding -> bySeverity.merge(finding.severity(), 1, Integer::sum));
        long inherited = findings.stream().filter(ImageScanText::inherited).count();
        String counts = bySeverity.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().id())
                .collect(Collectors.joining(", "));
        return findings.size() + " (" + counts + ")" + (inherited > 0 ? ", " + inherited + " inherited from the base image" : "");
    }

    private void printFinding(PrintWriter out, Finding finding) {
        String title = ImageRuleRegistry.standard().metadata(finding.ruleId()).map(RuleMetadata::title).orElse("");
        out.println(finding.ruleId() + " " + finding.severity().id() + (title.isEmpty() ? "" : "  " + title)
                + (inherited(finding) ? "  [inherited from base image]" : ""));
        if (finding.location() instanceof Location.ImageLayerPath where) {
            out.println("  at:       " + clean(place(where.path())) + (hidden(where) ? "  [hidden by a later layer]" : ""));
            out.println("  layer:    " + layer(where.layer()));
            dockerfileLines.apply(finding).ifPresent(line -> out.println("  step:     " + clean(line.text())));
        } else {
            out.println("  at:       " + clean(finding.location().describe()));
        }
        out.println("  message:  " + clean(finding.message()));
        finding.evidence().ifPresent(evidence -> out.println("  evidence: " + clean(evidence)));
    }

    /** Files as absolute paths ({@code /etc/passwd}); config fields and history steps as named. */
    private static String place(String path) {
        if (path.startsWith("Config.") || path.startsWith("history[")) {
            return path;
        }
        return "/" + path;
    }

    /** {@code 3 0a1b2c3d4e5f COPY app /app}; {@code image configuration} for findings in no layer. */
    private String layer(String diffId) {
        if (diffId.isEmpty()) {
            return "none (image configuration)";
        }
        for (ScannedLayer layer : image.layers()) {
            if (layer.diffId().equals(diffId)) {
                String command = layer.history().map(ImageHistory::shown).orElse("(no history)");
                return (layer.index() + 1) + " " + shortDigest(diffId) + " " + clean(command);
            }
        }
        return shortDigest(diffId);
    }

    /** A file a later layer deleted or replaced: the version in this layer is not in a container, but ships in the image. */
    private boolean hidden(Location.ImageLayerPath where) {
        return image.hidden().stream().anyMatch(entry -> entry.entry().path().equals(where.path())
                && image.layers().get(entry.layer()).diffId().equals(where.layer()));
    }

    private static boolean inherited(Finding finding) {
        return finding.location() instanceof Location.ImageLayerPath path && path.inherited();
    }

    static String shortDigest(String digest) {
        String hex = digest.startsWith("sha256:") ? digest.substring("sha256:".length()) : digest;
        return hex.length() > SHORT_DIGEST ? hex.substring(0, SHORT_DIGEST) : hex;
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf("%-10s %s%n", label + ":", value);
    }

    private static String clean(String text) {
        return TerminalText.clean(text);
    }
}
