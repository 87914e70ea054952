package dev.drydock.core.dockerfile.shell;

import java.util.List;
import java.util.Optional;

/** The simple commands of a RUN (or a heredoc script) in order, with the pipes between them. */
public record ShellScript(List<ShellCommand> commands, List<Pipe> pipes) {

    public static final ShellScript EMPTY = new ShellScript(List.of(), List.of());

    /** The commands whose name (or base name) is one of {@code names}. */
    public List<ShellCommand> commandsNamed(String... names) {
        return commands.stream().filter(command -> command.isNamed(names)).toList();
    }

    /** The command written after {@code command}, whatever joins them. */
    public Optional<ShellCommand> next(ShellCommand command) {
        int index = command.index() + 1;
        return index < commands.size() ? Optional.of(commands.get(index)) : Optional.empty();
    }

    /** The command written before {@code command}. */
    public Optional<ShellCommand> previous(ShellCommand command) {
        int index = command.index() - 1;
        return index >= 0 && index < commands.size() ? Optional.of(commands.get(index)) : Optional.empty();
    }

    /** The commands that receive {@code command}'s output through a pipe. */
    public Optional<ShellCommand> pipedInto(ShellCommand command) {
        return pipes.stream().filter(pipe -> pipe.from().index() == command.index()).map(Pipe::to).findFirst();
    }

    public boolean isEmpty() {
        return commands.isEmpty();
    }
}
