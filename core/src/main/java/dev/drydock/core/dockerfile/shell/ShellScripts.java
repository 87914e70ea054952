package dev.drydock.core.dockerfile.shell;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.instruction.Command;
import dev.drydock.core.dockerfile.instruction.Heredoc;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.dockerfile.instruction.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The shell scripts a RUN executes, for shell rules: its command line, and each heredoc body that a
 * shell runs ({@code RUN <<EOF}, {@code RUN bash <<EOF}). Nothing when the RUN is not run by a POSIX shell
 * (PowerShell, cmd), so rules skip it.
 */
public final class ShellScripts {

    private static final List<String> SHELLS = List.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh");

    private ShellScripts() {
    }

    /** The scripts of {@code run} in {@code dockerfile}, or none when its shell is not POSIX. */
    public static List<ShellScript> of(Dockerfile dockerfile, RunInstruction run) {
        return ShellKind.at(dockerfile, run).isPosix() ? of(run) : List.of();
    }

    /** The scripts of {@code run}, assuming a POSIX shell: the command line first, then heredoc scripts. */
    public static List<ShellScript> of(RunInstruction run) {
        Command command = run.command();
        ShellScript line = command.isExecForm() ? execScript(command) : ShellSplitter.split(command.shellText());
        if (run.heredocs().isEmpty()) {
            return List.of(line);
        }
        List<ShellScript> scripts = new ArrayList<>(1 + run.heredocs().size());
        scripts.add(line);
        for (Heredoc heredoc : run.heredocs()) {
            if (isRunByShell(line, heredoc)) {
                scripts.add(ShellSplitter.split(heredoc.body()));
            }
        }
        return scripts;
    }

    /**
     * The heredocs of a shell-form {@code run} that a shell executes: {@code RUN <<EOF} (the body is the
     * script) or {@code RUN bash <<EOF} (the body is a shell's input); not those that are data
     * ({@code RUN cat <<EOF > file}).
     */
    public static List<Heredoc> heredocsRunByShell(RunInstruction run) {
        if (run.heredocs().isEmpty() || run.command().isExecForm()) {
            return List.of();
        }
        ShellScript line = ShellSplitter.split(run.command().shellText());
        return run.heredocs().stream().filter(heredoc -> isRunByShell(line, heredoc)).toList();
    }

    /** Whether the heredoc is the script itself ({@code RUN <<EOF}) or the input of a shell. */
    private static boolean isRunByShell(ShellScript line, Heredoc heredoc) {
        for (ShellCommand command : line.commands()) {
            for (Redirect redirect : command.redirects()) {
                Optional<ShellWord> target = redirect.target();
                if (redirect.isHeredoc() && target.isPresent() && target.get().value().equals(heredoc.delimiter())) {
                    return command.words().isEmpty() || SHELLS.contains(command.baseName().toLowerCase(Locale.ROOT));
                }
            }
        }
        return false;
    }

    /** An exec-form RUN as one command whose words are the JSON strings. */
    private static ShellScript execScript(Command command) {
        if (command.arguments().isEmpty()) {
            return ShellScript.EMPTY;
        }
        List<ShellWord> words = new ArrayList<>(command.arguments().size());
        for (Word argument : command.arguments()) {
            words.add(new ShellWord(argument.value(), argument.text(), argument.range(), QuoteKind.DOUBLE));
        }
        Word first = command.arguments().get(0);
        Word last = command.arguments().get(command.arguments().size() - 1);
        ShellCommand single = new ShellCommand(List.copyOf(words), List.of(), command.text(),
                new dev.drydock.core.dockerfile.SourceRange(first.range().start(), last.range().end()), Connector.END,
                0, 0);
        return new ShellScript(List.of(single), List.of());
    }
}
