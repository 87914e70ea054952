package dev.drydock.app.gui.findings;

import java.util.List;
import java.util.Objects;

/**
 * A rule's long explanation as blocks of styled text, independent of any toolkit: what
 * {@link RuleMarkdown} reads from the rule docs and {@code RuleDocumentView} draws.
 */
public record RuleDocument(List<Block> blocks) {

    public static final RuleDocument EMPTY = new RuleDocument(List.of());

    public RuleDocument {
        blocks = List.copyOf(blocks);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** This document without a leading level-1 heading (the pane shows the rule's title itself). */
    public RuleDocument withoutTitle() {
        if (!blocks.isEmpty() && blocks.get(0) instanceof Heading heading && heading.level() == 1) {
            return new RuleDocument(blocks.subList(1, blocks.size()));
        }
        return this;
    }

    /** How a run of inline text looks. */
    public enum Style {
        PLAIN,
        STRONG,
        EMPHASIS,
        CODE
    }

    /** A run of text in one style. */
    public record Span(String text, Style style) {
        public Span {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }

        public static Span plain(String text) {
            return new Span(text, Style.PLAIN);
        }
    }

    /** A block of the document. */
    public sealed interface Block permits Heading, Paragraph, ItemList, CodeBlock, Table {
    }

    public record Heading(int level, List<Span> spans) implements Block {
        public Heading {
            spans = List.copyOf(spans);
        }
    }

    public record Paragraph(List<Span> spans) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }
    }

    /** A bulleted or numbered list; each item is one run of styled text. */
    public record ItemList(boolean numbered, List<List<Span>> items) implements Block {
        public ItemList {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** A fenced or indented code block: shown monospaced, as written. */
    public record CodeBlock(String language, String code) implements Block {
        public CodeBlock {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(code, "code");
        }
    }

    /** A table; the first row is the header. Each cell is one run of styled text. */
    public record Table(List<List<List<Span>>> rows) implements Block {
        public Table {
            rows = rows.stream().map(row -> row.stream().map(List::copyOf).toList()).toList();
        }
    }
}
