package dev.drydock.core.image.attribution;

import dev.drydock.core.dockerfile.instruction.InstructionKind;

import java.util.Locale;

/**
 * A history step's {@code created_by} read as the instruction a builder wrote it for:
 * <ul>
 *   <li>classic builder, metadata: {@code /bin/sh -c #(nop)  ENV A=b}, {@code #(nop) COPY file:3e1… in /app};</li>
 *   <li>classic builder, RUN: {@code /bin/sh -c apt-get update}, {@code |1 V=2 /bin/sh -c make};</li>
 *   <li>BuildKit: {@code RUN |1 V=2 /bin/sh -c make # buildkit}, {@code ENV A=b}, {@code COPY app /app # buildkit}.</li>
 * </ul>
 *
 * @param kind what made the step; {@link InstructionKind#RUN} for a bare command
 * @param text what follows the keyword, whitespace collapsed: the command of RUN with its build-arg and
 *             shell prefix kept ({@code |1 V=2 /bin/sh -c make})
 */
record HistoryCommand(InstructionKind kind, String text) {

    private static final String NOP = "#(nop)";
    private static final String BUILDKIT = "# buildkit";

    static HistoryCommand parse(String createdBy) {
        String text = collapse(createdBy);
        if (text.endsWith(BUILDKIT)) {
            text = text.substring(0, text.length() - BUILDKIT.length()).strip();
        }
        int nop = text.indexOf(NOP);
        if (nop >= 0) {
            return keyword(text.substring(nop + NOP.length()).strip(), InstructionKind.UNKNOWN);
        }
        return keyword(text, InstructionKind.RUN);
    }

    /** The leading upper-case keyword and the rest; {@code otherwise} with the whole text when there is none. */
    private static HistoryCommand keyword(String text, InstructionKind otherwise) {
        int space = text.indexOf(' ');
        String first = space < 0 ? text : text.substring(0, space);
        InstructionKind kind = InstructionKind.of(first);
        if (kind != InstructionKind.UNKNOWN && kind != InstructionKind.FROM && first.equals(first.toUpperCase(Locale.ROOT))) {
            return new HistoryCommand(kind, space < 0 ? "" : text.substring(space + 1).strip());
        }
        return new HistoryCommand(otherwise, text);
    }

    /** Runs of white space (line breaks and tabs too) as one space, ends stripped. */
    static String collapse(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
