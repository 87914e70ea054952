package dev.drydock.core.lint.shellcheck;

/**
 * The lines put before a script in the file given to ShellCheck: a {@code #!} line naming the dialect,
 * then {@code export NAME} for each variable the build sets (declared, value unknown), so ShellCheck neither guesses the shell
 * nor calls ARG and ENV variables unassigned. Findings on these lines are not the user's and are dropped.
 */
final class ShellCheckInput {

    private ShellCheckInput() {
    }

    static String header(ShellCheckScript script) {
        StringBuilder header = new StringBuilder("#!/bin/").append(script.dialect()).append('\n');
        for (String variable : script.variables()) {
            header.append("export ").append(variable).append('\n');
        }
        return header.toString();
    }

    static int headerLines(ShellCheckScript script) {
        return 1 + script.variables().size();
    }
}
