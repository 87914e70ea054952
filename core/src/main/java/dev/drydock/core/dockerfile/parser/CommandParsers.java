package dev.drydock.core.dockerfile.parser;

import dev.drydock.core.dockerfile.instruction.CmdInstruction;
import dev.drydock.core.dockerfile.instruction.Command;
import dev.drydock.core.dockerfile.instruction.EntrypointInstruction;
import dev.drydock.core.dockerfile.instruction.HealthcheckInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.dockerfile.instruction.ShellInstruction;
import dev.drydock.core.dockerfile.instruction.Word;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** RUN, CMD, ENTRYPOINT, SHELL and HEALTHCHECK: instructions that carry a command. */
final class CommandParsers {

    private CommandParsers() {
    }

    static Instruction run(Arguments args) {
        if (args.isEmpty() && args.heredocs().isEmpty()) {
            args.problem("RUN needs a command, e.g. RUN make install.");
        }
        return new RunInstruction(args.parts(), command(args, args.from()), args.heredocs());
    }

    static Instruction cmd(Arguments args) {
        return new CmdInstruction(args.parts(), command(args, args.from()));
    }

    static Instruction entrypoint(Arguments args) {
        return new EntrypointInstruction(args.parts(), command(args, args.from()));
    }

    static Instruction shell(Arguments args) {
        Optional<List<Word>> json = JsonArrayReader.read(args.line(), args.from(), args.to());
        if (json.isEmpty()) {
            args.problem("SHELL needs the JSON form, e.g. SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"].");
        } else if (json.get().isEmpty()) {
            args.problem("SHELL needs at least the shell's executable, e.g. SHELL [\"/bin/sh\", \"-c\"].");
        }
        return new ShellInstruction(args.parts(), json.orElse(List.of()));
    }

    static Instruction healthcheck(Arguments args) {
        String line = args.line().text();
        int typeEnd = WordSplitter.wordEnd(line, args.from(), args.to(), args.escape());
        String type = line.substring(args.from(), typeEnd).toUpperCase(Locale.ROOT);
        int rest = Chars.skipSpaces(line, typeEnd, args.to());
        if (type.equals("NONE")) {
            if (rest < args.to()) {
                args.problem("HEALTHCHECK NONE takes no other arguments.", args.line().range(rest, args.to()));
            }
            if (!args.parts().flags().isEmpty()) {
                args.problem("HEALTHCHECK NONE takes no options.", args.parts().flags().get(0).range());
            }
            return new HealthcheckInstruction(args.parts(), true, Optional.empty());
        }
        if (!type.equals("CMD")) {
            args.problem("HEALTHCHECK needs CMD followed by a command, or NONE.");
            return new HealthcheckInstruction(args.parts(), false, Optional.empty());
        }
        if (rest >= args.to()) {
            args.problem("HEALTHCHECK CMD needs a command, e.g. HEALTHCHECK CMD curl -f http://localhost/.");
        }
        return new HealthcheckInstruction(args.parts(), false, Optional.of(command(args, rest)));
    }

    /** Exec form when the text is a JSON array of strings, shell form otherwise (as Docker does). */
    static Command command(Arguments args, int from) {
        Optional<List<Word>> json = JsonArrayReader.read(args.line(), from, args.to());
        if (json.isPresent()) {
            return new Command(Command.Form.EXEC, json.get(), args.line().sub(from, args.to()),
                    args.line().range(from, args.to()));
        }
        return new Command(Command.Form.SHELL, List.of(), args.line().sub(from, args.to()),
                args.line().range(from, args.to()));
    }
}
