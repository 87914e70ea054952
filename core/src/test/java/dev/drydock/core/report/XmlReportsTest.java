package dev.drydock.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** Golden files: golden/sample.checkstyle.xml, golden/sample.junit.xml (regenerate as described in {@link GoldenFiles}). */
class XmlReportsTest {

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void checkstyleMatchesGoldenFile() {
        GoldenFiles.assertMatches("sample.checkstyle.xml", new CheckstyleReport().render(ReportSamples.sample()));
    }

    @Test
    void junitMatchesGoldenFile() {
        GoldenFiles.assertMatches("sample.junit.xml", new JunitReport().render(ReportSamples.sample()));
    }

    @Test
    void checkstyleIsWellFormedAndKeepsHostileTextAsText() throws Exception {
        Document doc = parse(new CheckstyleReport().render(ReportSamples.sample()));
        Element hostile = (Element) doc.getElementsByTagName("error").item(3);
        assertThat(hostile.getAttribute("message"))
                .startsWith("Label description contains <script>alert('x')</script> & ]]> \"quoted\" ")
                .contains("\uFFFD\uFFFD[31mred");
        assertThat(hostile.getAttribute("line")).isEqualTo("4");
        assertThat(hostile.getAttribute("severity")).isEqualTo("info");
        assertThat(doc.getElementsByTagName("file").getLength()).isEqualTo(3);
    }

    @Test
    void junitIsWellFormedWithOneCasePerFindingAndOneForACleanFile() throws Exception {
        Document doc = parse(new JunitReport().render(ReportSamples.sample()));
        Element suites = doc.getDocumentElement();
        assertThat(suites.getAttribute("tests")).isEqualTo("7");
        assertThat(suites.getAttribute("failures")).isEqualTo("6");
        assertThat(doc.getElementsByTagName("failure").item(3).getTextContent()).contains("<script>");
    }

    @Test
    void charactersXmlCannotHoldAreReplaced() {
        assertThat(XmlOutput.clean("a\u0000b\u001bc\ud800d\uD83D\uDC33e\tf\ng")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uD83D\uDC33e\tf\ng");
    }
}
