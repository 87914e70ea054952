package dev.drydock.core.report;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Human-readable output, one line per finding like Hadolint's
 * ({@code Dockerfile:3:1 DD012 [DL3008] warning: message}), each available fix on an indented line,
 * then a summary. Colours (ANSI) only when asked for; text from the Dockerfile never carries
 * terminal control characters through.
 */
public final class TtyReport implements ReportExporter {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";

    private final boolean colour;

    public TtyReport(boolean colour) {
        this.colour = colour;
    }

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (FileFindings file : report.files()) {
            for (Finding finding : file.findings()) {
                counts.merge(finding.severity(), 1, Integer::sum);
                writeFinding(report, finding, out);
            }
        }
        out.write(summary(report, counts));
        out.write('\n');
    }

    private void writeFinding(LintReport report, Finding finding, Writer out) throws IOException {
        Optional<String> alias = report.hadolintAlias(finding);
        StringBuilder line = new StringBuilder()
                .append(paint(BOLD, TerminalText.clean(finding.location().describe())))
                .append(' ').append(finding.ruleId())
                .append(alias.map(code -> " [" + code + "]").orElse(""))
                .append(' ').append(paint(colourOf(finding.severity()), finding.severity().id()))
                .append(": ").append(TerminalText.clean(finding.message()));
        out.write(line.append('\n').toString());
        if (finding.evidence().isPresent()) {
            out.write("  " + paint(DIM, "evidence: " + TerminalText.clean(finding.evidence().get())) + "\n");
        }
        for (Fix fix : finding.fixes()) {
            String safety = fix.safety() == Fix.Safety.SAFE ? "fix" : "fix (needs review)";
            out.write("  " + paint(DIM, safety + ": ") + TerminalText.clean(fix.title()) + "\n");
        }
    }

    private static String summary(LintReport report, Map<Severity, Integer> counts) {
        int files = report.files().size();
        String fileWord = files == 1 ? "1 file" : files + " files";
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return "No findings in " + fileWord + ".";
        }
        StringBuilder text = new StringBuilder()
                .append(total).append(total == 1 ? " finding" : " findings").append(" in ").append(fileWord).append(": ");
        String separator = "";
        for (Map.Entry<Severity, Integer> entry : counts.entrySet()) {
            text.append(separator).append(entry.getValue()).append(' ').append(entry.getKey().id());
            if (entry.getValue() > 1 && entry.getKey().isAtLeast(Severity.WARNING)) {
                text.append('s');
            }
            separator = ", ";
        }
        return text.append('.').toString();
    }

    private static String colourOf(Severity severity) {
        return switch (severity) {
            case ERROR -> "\u001b[31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
            case STYLE, NONE -> "\u001b[35m";
        };
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }
}
