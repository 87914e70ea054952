package dev.drydock.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.TextEdit;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Drydock's own JSON: {@code {"tool": …, "files": [{"file", "findings": [{"rule", "hadolint",
 * "severity", "message", "location", "evidence", "dockerfile": {"file", "line"}, "fixes": [{"title", "safety", "documentVersion",
 * "edits": [{"startOffset", "endOffset", "newText"}]}]}]}]}}. Absent optional values are left out.
 */
public final class JsonReport implements ReportExporter {

    /** Raised when the shape of this output changes incompatibly. */
    public static final int FORMAT_VERSION = 1;

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        ObjectNode root = JsonOutput.NODES.objectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.putObject("tool").put("name", "drydock").put("version", report.toolVersion());
        ArrayNode files = root.putArray("files");
        for (FileFindings file : report.files()) {
            ObjectNode fileNode = files.addObject().put("file", file.file());
            ArrayNode findings = fileNode.putArray("findings");
            for (Finding finding : file.findings()) {
                findings.add(finding(report, finding));
            }
        }
        JsonOutput.write(root, out);
    }

    private static ObjectNode finding(LintReport report, Finding finding) {
        ObjectNode node = JsonOutput.NODES.objectNode();
        node.put("rule", finding.ruleId());
        report.hadolintAlias(finding).ifPresent(alias -> node.put("hadolint", alias));
        report.rule(finding.ruleId()).ifPresent(rule -> node.put("title", rule.title()));
        node.put("severity", finding.severity().id());
        node.put("message", finding.message());
        node.set("location", JsonOutput.location(finding.location()));
        finding.evidence().ifPresent(evidence -> node.put("evidence", evidence));
        report.dockerfileLine(finding).ifPresent(line -> node.putObject("dockerfile").put("file", line.file())
                .put("line", line.line()));
        ArrayNode fixes = node.putArray("fixes");
        for (Fix fix : finding.fixes()) {
            ObjectNode fixNode = fixes.addObject();
            fixNode.put("title", fix.title());
            fixNode.put("safety", fix.safety().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            fixNode.put("documentVersion", fix.documentVersion().sha256());
            ArrayNode edits = fixNode.putArray("edits");
            for (TextEdit edit : fix.edits()) {
                edits.addObject().put("startOffset", edit.startOffset()).put("endOffset", edit.endOffset())
                        .put("newText", edit.newText());
            }
        }
        return node;
    }
}
