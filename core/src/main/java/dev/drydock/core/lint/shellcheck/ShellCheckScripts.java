package dev.drydock.core.lint.shellcheck;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.LogicalText;
import dev.drydock.core.dockerfile.instruction.Heredoc;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.OnbuildInstruction;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.dockerfile.shell.ShellKind;
import dev.drydock.core.dockerfile.shell.ShellScripts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds the shell scripts of a Dockerfile's RUN instructions (and of {@code ONBUILD RUN} triggers,
 * which run in the images built on this one) the way the build runs them: the shell
 * form's command line (with any heredoc bodies it reads, as the shell sees them), and each heredoc a
 * shell executes. Exec form, PowerShell and cmd RUNs, zsh and non-shell interpreters are skipped, and
 * so is a RUN whose heredoc is never closed (a syntax error reported elsewhere).
 */
final class ShellCheckScripts {

    /** Variables every build has (Docker's predefined proxy arguments). */
    private static final List<String> PREDEFINED = List.of("HTTP_PROXY", "http_proxy", "HTTPS_PROXY",
            "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern ONLY_HEREDOC_MARKERS = Pattern.compile("(\\s*<<-?\\s*([\"']?)[^\\s\"'<>|&;]+\\2\\s*)+");

    private ShellCheckScripts() {
    }

    static List<ShellCheckScript> of(Dockerfile dockerfile) {
        List<ShellCheckScript> scripts = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof RunInstruction run) {
                addScripts(dockerfile, run, run, scripts);
            } else if (instruction instanceof OnbuildInstruction onbuild
                    && onbuild.trigger().orElse(null) instanceof RunInstruction trigger) {
                // runs in the images built on this one, with the SHELL and ENV this stage leaves behind
                addScripts(dockerfile, trigger, onbuild, scripts);
            }
        }
        return scripts;
    }

    /**
     * The scripts of {@code run}, with the shell and variables in effect at {@code where}: the RUN
     * itself, or the ONBUILD that holds it.
     */
    private static void addScripts(Dockerfile dockerfile, RunInstruction run, Instruction where,
                                   List<ShellCheckScript> scripts) {
        if (run.command().isExecForm() || !ShellKind.at(dockerfile, where).isPosix()
                || !run.heredocs().stream().allMatch(Heredoc::terminated)) {
            return;
        }
        Optional<String> dialect = ShellDialect.ofShellInstruction(dockerfile.shellAt(where));
        List<String> variables = variables(dockerfile, where);
        LogicalText line = run.command().shellText();
        if (dialect.isPresent() && !line.text().isBlank()
                && !(!run.heredocs().isEmpty() && ONLY_HEREDOC_MARKERS.matcher(line.text()).matches())) {
            scripts.add(new ShellCheckScript(withHeredocs(line, run.heredocs()), dialect.get(), variables));
        }
        Optional<String> lineShell = firstWord(line.text()).flatMap(ShellDialect::of).or(() -> dialect);
        for (Heredoc heredoc : ShellScripts.heredocsRunByShell(run)) {
            LogicalText body = heredoc.body();
            Optional<String> bodyDialect = ShellDialect.ofShebang(body.text(), lineShell);
            if (bodyDialect.isPresent() && !body.text().isBlank()) {
                scripts.add(new ShellCheckScript(body, bodyDialect.get(), variables));
            }
        }
    }

    /** The command line followed by the heredoc bodies and delimiters it reads, as the shell gets them. */
    private static LogicalText withHeredocs(LogicalText line, List<Heredoc> heredocs) {
        if (heredocs.isEmpty()) {
            return line;
        }
        StringBuilder text = new StringBuilder(line.text());
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < line.length(); i++) {
            offsets.add(line.sourceOffset(i));
        }
        text.append('\n');
        offsets.add(line.sourceOffset(line.length()));
        for (Heredoc heredoc : heredocs) {
            LogicalText body = heredoc.body();
            text.append(body.text());
            for (int i = 0; i < body.length(); i++) {
                offsets.add(body.sourceOffset(i));
            }
            int delimiterStart = heredoc.delimiterRange().startOffset();
            int delimiterEnd = Math.max(delimiterStart, heredoc.delimiterRange().endOffset() - 1);
            String delimiterLine = heredoc.delimiter() + "\n";
            text.append(delimiterLine);
            for (int i = 0; i < delimiterLine.length(); i++) {
                offsets.add(Math.min(delimiterStart + i, delimiterEnd));
            }
        }
        offsets.add(offsets.get(offsets.size() - 1) + 1);
        return new LogicalText(text.toString(), offsets.stream().mapToInt(Integer::intValue).toArray(), line.lines());
    }

    private static List<String> variables(Dockerfile dockerfile, Instruction where) {
        TreeSet<String> names = new TreeSet<>(PREDEFINED);
        dockerfile.variablesAt(where).asMap().keySet().stream().filter(name -> NAME.matcher(name).matches()).forEach(names::add);
        return List.copyOf(names);
    }

    private static Optional<String> firstWord(String line) {
        String[] words = line.strip().split("\\s+", 2);
        return words.length == 0 || words[0].isEmpty() ? Optional.empty() : Optional.of(words[0]);
    }
}
