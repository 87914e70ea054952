package dev.drydock.core.vuln.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.report.JsonOutput;
import dev.drydock.core.report.JsonReport;
import dev.drydock.core.report.LintReport;
import dev.drydock.core.report.SarifReport;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The machine-readable reports of an image scan: the image findings as the lint exporters write them, with
 * the vulnerabilities added. JSON gets a top-level {@code "vulnerabilities"} object ({@link VulnerabilityJson});
 * SARIF gets the vulnerabilities as further rules and results of its one run ({@link VulnerabilitySarif}).
 */
public final class ImageScanDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ImageScanDocuments() {
    }

    public static String json(LintReport findings, VulnerabilityCheck check, ScannedImage image) {
        ObjectNode root = read(new JsonReport().render(findings));
        root.set("vulnerabilities", VulnerabilityJson.of(check, image));
        return write(root);
    }

    /** @param imageName the image as the user named it, for the logical locations */
    public static String sarif(LintReport findings, VulnerabilityCheck check, ScannedImage image, String imageName) {
        ObjectNode root = read(new SarifReport().render(findings));
        ArrayNode runs = (ArrayNode) root.get("runs");
        VulnerabilitySarif.addTo((ObjectNode) runs.get(0), check, image, imageName);
        return write(root);
    }

    private static ObjectNode read(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(ObjectNode root) {
        StringWriter out = new StringWriter();
        try {
            JsonOutput.write(root, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
