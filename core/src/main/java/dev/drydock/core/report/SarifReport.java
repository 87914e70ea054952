package dev.drydock.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Location;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.findings.TextRange;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.TextEdit;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0: one run whose {@code tool.driver.rules} describe the rules found (with their Hadolint,
 * CIS and NIST references as properties), and one result per finding with its region (1-based lines
 * and columns, plus character offsets) and its fixes as {@code artifactChanges} of
 * {@code replacements}. Findings outside files use logical locations; image findings also name the
 * path, the layer digest, whether the layer is inherited from the base image and, when the image's
 * Dockerfile was given, the instruction's line ({@code "dockerfile": "Dockerfile:12"}) (result properties).
 */
public final class SarifReport implements ReportExporter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        ObjectNode root = JsonOutput.NODES.objectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Drydock");
        driver.put("version", report.toolVersion());
        Map<String, Integer> ruleIndex = new HashMap<>();
        ArrayNode rules = driver.putArray("rules");
        for (RuleMetadata rule : report.rulesUsed()) {
            ruleIndex.put(rule.id(), rules.size());
            rules.add(SarifRules.descriptor(rule));
        }
        run.put("columnKind", "utf16CodeUnits");
        ArrayNode results = run.putArray("results");
        for (FileFindings file : report.files()) {
            for (Finding finding : file.findings()) {
                results.add(result(report, file, finding, ruleIndex));
            }
        }
        JsonOutput.write(root, out);
    }

    private static ObjectNode result(LintReport report, FileFindings file, Finding finding, Map<String, Integer> ruleIndex) {
        ObjectNode result = JsonOutput.NODES.objectNode();
        result.put("ruleId", finding.ruleId());
        Integer index = ruleIndex.get(finding.ruleId());
        if (index != null) {
            result.put("ruleIndex", index);
        }
        result.put("level", level(finding.severity()));
        result.putObject("message").put("text", finding.message());
        result.putArray("locations").add(location(finding.location()));
        if (!finding.fixes().isEmpty()) {
            ArrayNode fixes = result.putArray("fixes");
            String uri = finding.location() instanceof Location.DockerfileRange r ? SarifRules.uri(r.file()) : SarifRules.uri(file.file());
            for (Fix fix : finding.fixes()) {
                fixes.add(fix(uri, fix));
            }
        }
        ObjectNode properties = result.putObject("properties");
        properties.put("severity", finding.severity().id());
        if (finding.location() instanceof Location.ImageLayerPath image) {
            properties.put("image", image.image());
            properties.put("imageLayer", image.layer());
            properties.put("imagePath", image.path());
            properties.put("inheritedFromBaseImage", image.inherited());
        }
        finding.evidence().ifPresent(evidence -> properties.put("evidence", evidence));
        report.dockerfileLine(finding).ifPresent(line -> properties.put("dockerfile", line.text()));
        return result;
    }

    private static ObjectNode location(Location location) {
        ObjectNode node = JsonOutput.NODES.objectNode();
        if (location instanceof Location.DockerfileRange r) {
            ObjectNode physical = node.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", SarifRules.uri(r.file()));
            physical.set("region", region(r.range()));
        } else if (location instanceof Location.ImageLayerPath image) {
            ObjectNode logical = node.putArray("logicalLocations").addObject();
            logical.put("name", image.path());
            logical.put("fullyQualifiedName", location.describe());
            logical.put("kind", "resource");
        } else {
            ObjectNode logical = node.putArray("logicalLocations").addObject();
            logical.put("fullyQualifiedName", location.describe());
            logical.put("kind", "resource");
        }
        return node;
    }

    private static ObjectNode region(TextRange range) {
        ObjectNode region = JsonOutput.NODES.objectNode();
        region.put("startLine", range.startLine());
        region.put("startColumn", range.startColumn());
        region.put("endLine", range.endLine());
        region.put("endColumn", range.endColumn());
        region.put("charOffset", range.startOffset());
        region.put("charLength", range.length());
        return region;
    }

    private static ObjectNode fix(String uri, Fix fix) {
        ObjectNode node = JsonOutput.NODES.objectNode();
        node.putObject("description").put("text", fix.title());
        ObjectNode change = node.putArray("artifactChanges").addObject();
        change.putObject("artifactLocation").put("uri", uri);
        ArrayNode replacements = change.putArray("replacements");
        for (TextEdit edit : fix.edits()) {
            ObjectNode replacement = replacements.addObject();
            replacement.putObject("deletedRegion").put("charOffset", edit.startOffset()).put("charLength", edit.deletedLength());
            if (!edit.newText().isEmpty()) {
                replacement.putObject("insertedContent").put("text", edit.newText());
            }
        }
        node.putObject("properties")
                .put("safety", fix.safety().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .put("documentVersion", fix.documentVersion().sha256());
        return node;
    }

    /** SARIF's levels: Hadolint's info and style both become {@code note}. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, STYLE -> "note";
            case NONE -> "none";
        };
    }
}
