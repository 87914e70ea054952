package dev.drydock.core.report;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.findings.TextRange;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * Checkstyle XML ({@code <checkstyle><file name><error line column severity message source/>}), as
 * Hadolint writes it; the source is the rule id. Checkstyle knows error, warning and info, so style
 * findings are reported as info.
 */
public final class CheckstyleReport implements ReportExporter {

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        try (XmlOutput xml = new XmlOutput(out)) {
            xml.start("checkstyle").attribute("version", "4.3");
            for (FileFindings file : report.files()) {
                xml.start("file").attribute("name", file.file());
                for (Finding finding : file.findings()) {
                    xml.start("error");
                    Optional<TextRange> range = finding.textRange();
                    if (range.isPresent()) {
                        xml.attribute("line", range.get().startLine()).attribute("column", range.get().startColumn());
                    }
                    String alias = report.hadolintAlias(finding).map(code -> " [" + code + "]").orElse("");
                    xml.attribute("severity", severity(finding.severity()))
                            .attribute("message", finding.message() + alias)
                            .attribute("source", finding.ruleId())
                            .end();
                }
                xml.end();
            }
            xml.end();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the Checkstyle report: " + e.getMessage(), e);
        }
    }

    private static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, STYLE, NONE -> "info";
        };
    }
}
