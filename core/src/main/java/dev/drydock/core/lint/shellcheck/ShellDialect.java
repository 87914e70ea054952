package dev.drydock.core.lint.shellcheck;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The shell dialects ShellCheck understands, named by the shell that runs a script. */
final class ShellDialect {

    private ShellDialect() {
    }

    /** ShellCheck's dialect for the shell executable {@code shell} ({@code /bin/bash} → {@code bash}); empty for zsh and non-shells. */
    static Optional<String> of(String shell) {
        String name = shell.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return switch (name) {
            case "sh", "ash", "busybox" -> Optional.of("sh");
            case "bash" -> Optional.of("bash");
            case "dash" -> Optional.of("dash");
            case "ksh", "mksh" -> Optional.of("ksh");
            default -> Optional.empty();
        };
    }

    /** The dialect of a SHELL instruction's words, the default {@code /bin/sh} when there is none. */
    static Optional<String> ofShellInstruction(Optional<List<String>> shell) {
        return shell.filter(words -> !words.isEmpty()).map(words -> of(words.get(0))).orElse(Optional.of("sh"));
    }

    /**
     * The dialect named by a script's {@code #!} line ({@code #!/bin/bash}, {@code #!/usr/bin/env bash});
     * empty when the interpreter is not a shell ShellCheck knows, {@code fallback} without a {@code #!} line.
     */
    static Optional<String> ofShebang(String script, Optional<String> fallback) {
        if (!script.startsWith("#!")) {
            return fallback;
        }
        int end = script.indexOf('\n');
        String[] words = script.substring(2, end < 0 ? script.length() : end).strip().split("\\s+");
        if (words.length == 0) {
            return fallback;
        }
        boolean viaEnv = words[0].endsWith("/env") && words.length > 1;
        return of(viaEnv ? words[1] : words[0]);
    }
}
