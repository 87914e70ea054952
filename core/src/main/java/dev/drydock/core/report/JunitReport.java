package dev.drydock.core.report;

import dev.drydock.core.findings.Finding;
import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLStreamException;

/**
 * JUnit XML for CI test views: one test suite per file, one failed test case per finding (its type
 * is the severity), and one passed case for a file without findings so that clean files show up too.
 */
public final class JunitReport implements ReportExporter {

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        int total = 0;
        int failures = 0;
        for (FileFindings file : report.files()) {
            total += Math.max(1, file.findings().size());
            failures += file.findings().size();
        }
        try (XmlOutput xml = new XmlOutput(out)) {
            xml.start("testsuites").attribute("name", "drydock lint").attribute("tests", total).attribute("failures", failures);
            for (FileFindings file : report.files()) {
                int findings = file.findings().size();
                xml.start("testsuite").attribute("name", file.file())
                        .attribute("tests", Math.max(1, findings)).attribute("failures", findings)
                        .attribute("errors", 0).attribute("skipped", 0);
                if (findings == 0) {
                    xml.start("testcase").attribute("classname", file.file()).attribute("name", "no findings").end();
                }
                for (Finding finding : file.findings()) {
                    writeCase(report, file, finding, xml);
                }
                xml.end();
            }
            xml.end();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private static void writeCase(LintReport report, FileFindings file, Finding finding, XmlOutput xml)
            throws XMLStreamException {
        String where = finding.textRange().map(r -> "line " + r.startLine()).orElse(finding.location().describe());
        String alias = report.hadolintAlias(finding).map(code -> " [" + code + "]").orElse("");
        xml.start("testcase").attribute("classname", file.file()).attribute("name", finding.ruleId() + " at " + where);
        xml.start("failure").attribute("type", finding.severity().id()).attribute("message", finding.message())
                .text(finding.location().describe() + " " + finding.ruleId() + alias + " " + finding.severity().id()
                        + ": " + finding.message())
                .end();
        xml.end();
    }
}
