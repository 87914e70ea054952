package dev.drydock.core.dockerfile.parser;

import dev.drydock.core.dockerfile.LogicalText;
import dev.drydock.core.dockerfile.SourceRange;
import dev.drydock.core.dockerfile.SyntaxProblem;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.InstructionKind;
import dev.drydock.core.dockerfile.instruction.InstructionParts;
import dev.drydock.core.dockerfile.instruction.OnbuildInstruction;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Turns one joined instruction line into its typed record: reads the keyword and the flags, lets the
 * heredoc reader take the bodies of RUN, COPY and ADD, and hands the arguments to the family parser.
 */
final class InstructionParser {

    private InstructionParser() {
    }

    /**
     * @param line     the logical line, starting at the keyword
     * @param end      source offset where the instruction ends when it has no heredoc
     * @param heredocs reads the heredocs once the arguments' start is known; {@code null} when none may follow
     */
    static Instruction parse(LogicalText line, int end, char escape, IntFunction<HeredocReader.Result> heredocs,
                             List<SyntaxProblem> problems) {
        return parse(line, end, escape, heredocs, problems, false);
    }

    private static Instruction parse(LogicalText line, int end, char escape, IntFunction<HeredocReader.Result> heredocs,
                                     List<SyntaxProblem> problems, boolean insideOnbuild) {
        String text = line.text();
        int keywordEnd = 0;
        while (keywordEnd < text.length() && !Chars.isSpace(text.charAt(keywordEnd))) {
            keywordEnd++;
        }
        String keyword = text.substring(0, keywordEnd);
        InstructionKind kind = InstructionKind.of(keyword);
        FlagReader.Result flags = FlagReader.read(line, keywordEnd);
        int argumentsTo = Math.max(flags.argumentsFrom(), Chars.trimSpacesBack(text, 0, text.length()));
        HeredocReader.Result read = heredocs != null && kind.allowsHeredocs()
                ? heredocs.apply(flags.argumentsFrom()) : null;
        int instructionEnd = read == null ? end : read.end();
        SourceRange range = line.lines().range(line.sourceOffset(0), Math.max(instructionEnd, line.sourceOffset(0)));
        InstructionParts parts = new InstructionParts(keyword, range, line.range(0, keywordEnd), flags.flags(),
                line.sub(flags.argumentsFrom(), argumentsTo));
        Arguments args = new Arguments(parts, line, flags.argumentsFrom(), argumentsTo, escape,
                read == null ? List.of() : read.heredocs(), problems);
        return switch (kind) {
            case FROM -> SimpleParsers.from(args);
            case RUN -> CommandParsers.run(args);
            case CMD -> CommandParsers.cmd(args);
            case ENTRYPOINT -> CommandParsers.entrypoint(args);
            case SHELL -> CommandParsers.shell(args);
            case LABEL -> KeyValueParsers.label(args);
            case ENV -> KeyValueParsers.env(args);
            case ARG -> KeyValueParsers.arg(args);
            case EXPOSE -> SimpleParsers.expose(args);
            case ADD -> FileParsers.add(args);
            case COPY -> FileParsers.copy(args);
            case WORKDIR -> FileParsers.workdir(args);
            case USER -> SimpleParsers.user(args);
            case VOLUME -> FileParsers.volume(args);
            case STOPSIGNAL -> SimpleParsers.stopsignal(args);
            case HEALTHCHECK -> CommandParsers.healthcheck(args);
            case ONBUILD -> onbuild(args, insideOnbuild);
            case MAINTAINER -> SimpleParsers.maintainer(args);
            case UNKNOWN -> SimpleParsers.unknown(args);
        };
    }

    private static Instruction onbuild(Arguments args, boolean insideOnbuild) {
        if (args.isEmpty() || insideOnbuild) {
            args.problem(insideOnbuild ? "ONBUILD cannot hold ONBUILD."
                    : "ONBUILD needs an instruction to run later, e.g. ONBUILD COPY . /app.", args.parts().keywordRange());
            return new OnbuildInstruction(args.parts(), Optional.empty());
        }
        LogicalText inner = args.line().sub(args.from(), args.to());
        Instruction trigger = parse(inner, inner.range().endOffset(), args.escape(), null, args.problems(), true);
        InstructionKind kind = trigger.kind();
        if (kind == InstructionKind.FROM || kind == InstructionKind.MAINTAINER) {
            args.problem("ONBUILD cannot hold " + kind + ".", trigger.keywordRange());
        }
        return new OnbuildInstruction(args.parts(), Optional.of(trigger));
    }
}
