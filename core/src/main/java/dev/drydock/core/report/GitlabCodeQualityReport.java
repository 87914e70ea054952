package dev.drydock.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.findings.TextRange;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * GitLab Code Quality JSON (the Code Climate issue subset GitLab reads): description, check_name,
 * fingerprint, severity, categories and location.path/lines. The fingerprint hashes file, rule and
 * message (plus a counter for repeats), not the line, so a finding keeps its identity when lines
 * above it move.
 */
public final class GitlabCodeQualityReport implements ReportExporter {

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        ArrayNode issues = JsonOutput.NODES.arrayNode();
        Map<String, Integer> seen = new HashMap<>();
        for (FileFindings file : report.files()) {
            for (Finding finding : file.findings()) {
                String key = file.file() + "\u0000" + finding.ruleId() + "\u0000" + finding.message();
                int repeat = seen.merge(key, 1, Integer::sum);
                issues.add(issue(report, file, finding, sha256(key + "\u0000" + repeat)));
            }
        }
        JsonOutput.write(issues, out);
    }

    private static ObjectNode issue(LintReport report, FileFindings file, Finding finding, String fingerprint) {
        ObjectNode issue = JsonOutput.NODES.objectNode();
        issue.put("type", "issue");
        String alias = report.hadolintAlias(finding).map(code -> " [" + code + "]").orElse("");
        issue.put("description", finding.ruleId() + alias + ": " + finding.message());
        issue.put("check_name", finding.ruleId());
        issue.put("fingerprint", fingerprint);
        issue.put("severity", severity(finding.severity()));
        report.rule(finding.ruleId()).ifPresent(rule -> issue.putArray("categories").add(category(rule.category())));
        ObjectNode location = issue.putObject("location");
        location.put("path", file.file());
        Optional<TextRange> range = finding.textRange();
        ObjectNode lines = location.putObject("lines");
        lines.put("begin", range.map(TextRange::startLine).orElse(1));
        lines.put("end", range.map(TextRange::endLine).orElse(1));
        return issue;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "critical";
            case WARNING -> "major";
            case INFO -> "minor";
            case STYLE, NONE -> "info";
        };
    }

    private static String category(RuleCategory category) {
        return switch (category) {
            case SECURITY, SUPPLY_CHAIN -> "Security";
            case RELIABILITY, SYNTAX -> "Bug Risk";
            case IMAGE_SIZE -> "Performance";
            case MAINTAINABILITY -> "Clarity";
        };
    }
}
