package dev.drydock.app.gui.findings;

import dev.drydock.app.gui.findings.RuleDocument.CodeBlock;
import dev.drydock.app.gui.findings.RuleDocument.Heading;
import dev.drydock.app.gui.findings.RuleDocument.ItemList;
import dev.drydock.app.gui.findings.RuleDocument.Paragraph;
import dev.drydock.app.gui.findings.RuleDocument.Span;
import dev.drydock.app.gui.findings.RuleDocument.Style;
import dev.drydock.app.gui.findings.RuleDocument.Table;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Markdown subset our rule docs use, read into blocks and styled runs. */
class RuleMarkdownTest {

    @Test
    void readsHeadingsParagraphsAndInlineStyles() {
        RuleDocument document = RuleMarkdown.parse("""
                # DD3000 — Use an absolute WORKDIR

                A relative `WORKDIR` is resolved against the
                previous one, which *may* change.

                **Fix** (safe): writes the path.
                """);

        assertThat(document.blocks()).containsExactly(
                new Heading(1, List.of(Span.plain("DD3000 — Use an absolute WORKDIR"))),
                new Paragraph(List.of(Span.plain("A relative "), new Span("WORKDIR", Style.CODE),
                        Span.plain(" is resolved against the previous one, which "), new Span("may", Style.EMPHASIS),
                        Span.plain(" change."))),
                new Paragraph(List.of(new Span("Fix", Style.STRONG), Span.plain(" (safe): writes the path."))));
        assertThat(document.withoutTitle().blocks()).hasSize(2).first().isInstanceOf(Paragraph.class);
    }

    @Test
    void readsFencedCodeWithItsLanguageAsWritten() {
        RuleDocument document = RuleMarkdown.parse("""
                **Bad**

                ```dockerfile
                FROM node:22.11
                WORKDIR   app
                ```
                """);

        assertThat(document.blocks().get(1)).isEqualTo(new CodeBlock("dockerfile", "FROM node:22.11\nWORKDIR   app"));
    }

    @Test
    void readsListsWithWrappedItems() {
        RuleDocument document = RuleMarkdown.parse("""
                The rule finds:

                - `curl -k` / `--insecure`,
                  `wget --no-check-certificate`;
                - `apk --allow-untrusted`.
                """);

        ItemList list = (ItemList) document.blocks().get(1);
        assertThat(list.numbered()).isFalse();
        assertThat(list.items()).containsExactly(
                List.of(new Span("curl -k", Style.CODE), Span.plain(" / "), new Span("--insecure", Style.CODE),
                        Span.plain(", "), new Span("wget --no-check-certificate", Style.CODE), Span.plain(";")),
                List.of(new Span("apk --allow-untrusted", Style.CODE), Span.plain(".")));
    }

    @Test
    void readsTablesHeaderFirst() {
        RuleDocument document = RuleMarkdown.parse("""
                | Command | Options |
                |---|---|
                | `apk` | `--allow-untrusted` |
                """);

        Table table = (Table) document.blocks().get(0);
        assertThat(table.rows()).containsExactly(
                List.of(List.of(Span.plain("Command")), List.of(Span.plain("Options"))),
                List.of(List.of(new Span("apk", Style.CODE)), List.of(new Span("--allow-untrusted", Style.CODE))));
    }

    @Test
    void aLinkKeepsItsTextAndAddress() {
        RuleDocument document = RuleMarkdown.parse("See [the docs](https://docs.docker.com/) now.");

        assertThat(document.blocks()).containsExactly(
                new Paragraph(List.of(Span.plain("See the docs (https://docs.docker.com/) now."))));
    }

    @Test
    void everyShippedRuleDocReadsIntoATitleTextAndBadAndGoodExamples() {
        for (DockerfileRule rule : RuleRegistry.standard().all()) {
            String id = rule.metadata().id();
            RuleDocument document = RuleMarkdown.parse(RuleRegistry.documentation(id).orElseThrow());

            assertThat(document.blocks().get(0)).as(id).isInstanceOf(Heading.class);
            assertThat(document.blocks()).as(id).filteredOn(CodeBlock.class::isInstance).hasSizeGreaterThanOrEqualTo(2);
            assertThat(document.blocks()).as(id).filteredOn(Paragraph.class::isInstance).isNotEmpty();
        }
    }
}
