package dev.drydock.core.dockerfile.highlight;

import dev.drydock.core.dockerfile.LineIndex;
import dev.drydock.core.dockerfile.LogicalText;
import dev.drydock.core.dockerfile.SourceRange;
import dev.drydock.core.dockerfile.instruction.CmdInstruction;
import dev.drydock.core.dockerfile.instruction.Command;
import dev.drydock.core.dockerfile.instruction.CommandInstruction;
import dev.drydock.core.dockerfile.instruction.CopiesFiles;
import dev.drydock.core.dockerfile.instruction.EntrypointInstruction;
import dev.drydock.core.dockerfile.instruction.Flag;
import dev.drydock.core.dockerfile.instruction.FromInstruction;
import dev.drydock.core.dockerfile.instruction.HealthcheckInstruction;
import dev.drydock.core.dockerfile.instruction.Heredoc;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.OnbuildInstruction;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.dockerfile.instruction.ShellInstruction;
import dev.drydock.core.dockerfile.instruction.VolumeInstruction;

import java.util.List;

/**
 * Paints one instruction from its AST: keyword, flags, arguments by the instruction's form, heredocs,
 * and the escape characters that continue its lines.
 */
final class InstructionPainter {

    private final String source;
    private final LineIndex lines;
    private final char escape;
    private final KindCanvas canvas;
    private final ArgumentPainter arguments;

    InstructionPainter(String source, LineIndex lines, char escape, KindCanvas canvas, ArgumentPainter arguments) {
        this.source = source;
        this.lines = lines;
        this.escape = escape;
        this.canvas = canvas;
        this.arguments = arguments;
    }

    void paint(Instruction instruction) {
        paintParts(instruction);
        List<Heredoc> heredocs = heredocs(instruction);
        int linesEnd = heredocs.isEmpty() ? instruction.range().endOffset()
                : heredocs.get(0).bodyRange().startOffset();
        continuationEscapes(instruction.range().startOffset(), linesEnd);
        for (Heredoc heredoc : heredocs) {
            canvas.paint(heredoc.bodyRange(), HighlightKind.HEREDOC);
            if (!heredoc.quoted()) {
                arguments.variables(heredoc.body(), 0, heredoc.body().length());
            }
            canvas.paint(heredoc.markerRange(), HighlightKind.HEREDOC_MARKER);
            canvas.paint(heredoc.delimiterRange(), HighlightKind.HEREDOC_MARKER);
        }
    }

    /** Keyword, flags and arguments; ONBUILD paints its trigger the same way. */
    private void paintParts(Instruction instruction) {
        canvas.paint(instruction.keywordRange(), HighlightKind.INSTRUCTION);
        for (Flag flag : instruction.flags()) {
            flag(flag);
        }
        LogicalText args = instruction.parts().arguments();
        if (instruction instanceof CommandInstruction) {
            command(commandOf(instruction));
        } else if (instruction instanceof HealthcheckInstruction healthcheck) {
            healthcheck(healthcheck, args);
        } else if (instruction instanceof ShellInstruction) {
            arguments.json(args, 0, args.length(), false);
        } else if (instruction instanceof VolumeInstruction volume && volume.jsonForm()
                || instruction instanceof CopiesFiles files && files.jsonForm()) {
            arguments.json(args, 0, args.length(), true);
        } else if (instruction instanceof OnbuildInstruction onbuild) {
            onbuild.trigger().ifPresent(this::paintParts);
        } else {
            arguments.words(args, 0, args.length(), escape);
            if (instruction instanceof FromInstruction from) {
                stageKeyword(from);
            }
        }
    }

    private void flag(Flag flag) {
        SourceRange value = flag.valueRange();
        if (flag.value().isEmpty()) {
            canvas.paint(flag.range(), HighlightKind.FLAG);
            return;
        }
        canvas.paint(flag.range().startOffset(), value.startOffset(), HighlightKind.FLAG);
        int start = value.startOffset();
        int end = value.endOffset();
        int[] offsets = new int[end - start + 1];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = start + i;
        }
        LogicalText text = new LogicalText(source.substring(start, end), offsets, lines);
        arguments.words(text, 0, text.length(), '\\');
    }

    private void command(Command command) {
        LogicalText text = command.shellText();
        if (command.isExecForm()) {
            arguments.json(text, 0, text.length(), false);
        } else {
            arguments.words(text, 0, text.length(), escape);
        }
    }

    private void healthcheck(HealthcheckInstruction healthcheck, LogicalText args) {
        int typeEnd = 0;
        while (typeEnd < args.length() && !Character.isWhitespace(args.charAt(typeEnd))) {
            typeEnd++;
        }
        canvas.paint(args, 0, typeEnd, HighlightKind.KEYWORD);
        healthcheck.command().ifPresent(this::command);
    }

    /** The {@code AS} between the image and the stage name. */
    private void stageKeyword(FromInstruction from) {
        if (from.stageName().isEmpty()) {
            return;
        }
        int start = from.image().range().endOffset();
        int end = from.stageName().get().range().startOffset();
        for (int i = start; i + 2 <= end; i++) {
            if (source.regionMatches(true, i, "as", 0, 2)) {
                canvas.paint(i, i + 2, HighlightKind.KEYWORD);
                return;
            }
        }
    }

    /** Each line of {@code [from, to)} that ends in the escape character (blanks after it allowed) continues. */
    private void continuationEscapes(int from, int to) {
        int lineStart = from;
        while (lineStart < to) {
            int lineBreak = source.indexOf('\n', lineStart);
            int lineEnd = lineBreak < 0 || lineBreak > to ? to : lineBreak;
            int last = lineEnd;
            while (last > lineStart && isBlank(source.charAt(last - 1))) {
                last--;
            }
            if (last > lineStart && source.charAt(last - 1) == escape) {
                canvas.paint(last - 1, last, HighlightKind.ESCAPE);
            }
            if (lineBreak < 0 || lineBreak >= to) {
                return;
            }
            lineStart = lineBreak + 1;
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r';
    }

    private static Command commandOf(Instruction instruction) {
        if (instruction instanceof RunInstruction run) {
            return run.command();
        }
        if (instruction instanceof CmdInstruction cmd) {
            return cmd.command();
        }
        return ((EntrypointInstruction) instruction).command();
    }

    private static List<Heredoc> heredocs(Instruction instruction) {
        if (instruction instanceof RunInstruction run) {
            return run.heredocs();
        }
        if (instruction instanceof CopiesFiles files) {
            return files.heredocs();
        }
        return List.of();
    }
}
