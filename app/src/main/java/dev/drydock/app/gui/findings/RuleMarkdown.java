package dev.drydock.app.gui.findings;

import dev.drydock.app.gui.findings.RuleDocument.Block;
import dev.drydock.app.gui.findings.RuleDocument.Span;
import dev.drydock.app.gui.findings.RuleDocument.Style;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a rule's Markdown documentation (CommonMark plus GitHub tables, via commonmark-java) into a
 * {@link RuleDocument}: headings, paragraphs, lists, tables, code blocks, and inline code, bold and
 * italics. Links keep their text followed by the address; raw HTML is shown as written.
 */
public final class RuleMarkdown {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private RuleMarkdown() {
    }

    public static RuleDocument parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        for (Node node = PARSER.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
            addBlock(node, blocks);
        }
        return new RuleDocument(blocks);
    }

    private static void addBlock(Node node, List<Block> blocks) {
        if (node instanceof Heading heading) {
            blocks.add(new RuleDocument.Heading(heading.getLevel(), inlines(heading)));
        } else if (node instanceof Paragraph) {
            blocks.add(new RuleDocument.Paragraph(inlines(node)));
        } else if (node instanceof ListBlock list) {
            blocks.add(new RuleDocument.ItemList(list instanceof OrderedList, items(list)));
        } else if (node instanceof FencedCodeBlock code) {
            String info = code.getInfo() == null ? "" : code.getInfo().strip();
            blocks.add(new RuleDocument.CodeBlock(info.split("\\s+", 2)[0], stripFinalNewline(code.getLiteral())));
        } else if (node instanceof IndentedCodeBlock code) {
            blocks.add(new RuleDocument.CodeBlock("", stripFinalNewline(code.getLiteral())));
        } else if (node instanceof TableBlock) {
            blocks.add(new RuleDocument.Table(tableRows(node)));
        } else if (node instanceof BlockQuote) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                addBlock(child, blocks);
            }
        } else if (node instanceof HtmlBlock html) {
            blocks.add(new RuleDocument.Paragraph(List.of(Span.plain(html.getLiteral().strip()))));
        }
        // Thematic breaks and link reference definitions add nothing to read.
    }

    private static List<List<Span>> items(ListBlock list) {
        List<List<Span>> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            List<Span> spans = new ArrayList<>();
            for (Node part = item.getFirstChild(); part != null; part = part.getNext()) {
                if (!spans.isEmpty()) {
                    spans.add(Span.plain(" "));
                }
                collect(part, Style.PLAIN, spans);
            }
            items.add(merged(spans));
        }
        return items;
    }

    private static List<List<List<Span>>> tableRows(Node table) {
        List<List<List<Span>>> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    List<List<Span>> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            cells.add(inlines(cell));
                        }
                    }
                    rows.add(cells);
                }
            }
        }
        return rows;
    }

    private static List<Span> inlines(Node parent) {
        List<Span> spans = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, Style.PLAIN, spans);
        }
        return merged(spans);
    }

    private static void collect(Node node, Style style, List<Span> spans) {
        if (node instanceof Text text) {
            spans.add(new Span(text.getLiteral(), style));
        } else if (node instanceof Code code) {
            spans.add(new Span(code.getLiteral(), Style.CODE));
        } else if (node instanceof SoftLineBreak) {
            spans.add(new Span(" ", style));
        } else if (node instanceof HardLineBreak) {
            spans.add(new Span("\n", style));
        } else if (node instanceof HtmlInline html) {
            spans.add(new Span(html.getLiteral(), style));
        } else {
            Style inner = node instanceof StrongEmphasis ? Style.STRONG : node instanceof Emphasis ? Style.EMPHASIS : style;
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                collect(child, inner, spans);
            }
            if (node instanceof Link link && !link.getDestination().isBlank()) {
                spans.add(new Span(" (" + link.getDestination() + ")", style));
            }
        }
    }

    /** Neighbouring runs of one style become one run. */
    private static List<Span> merged(List<Span> spans) {
        List<Span> result = new ArrayList<>();
        for (Span span : spans) {
            int last = result.size() - 1;
            if (last >= 0 && result.get(last).style() == span.style()) {
                result.set(last, new Span(result.get(last).text() + span.text(), span.style()));
            } else if (!span.text().isEmpty()) {
                result.add(span);
            }
        }
        return result;
    }

    private static String stripFinalNewline(String code) {
        return code.endsWith("\n") ? code.substring(0, code.length() - 1) : code;
    }
}
