package dev.drydock.core.dockerfile.shell;

import dev.drydock.core.dockerfile.SourceRange;

import java.util.Optional;

/**
 * A redirection of a command: {@code operator} as written with its file descriptor ({@code >},
 * {@code 2>&}, {@code <<}, {@code <<-}, {@code &>>}...) and its target word (a file, a descriptor, or a
 * heredoc delimiter); the target is empty when the text ends after the operator.
 */
public record Redirect(String operator, Optional<ShellWord> target, SourceRange range) {

    public boolean isHeredoc() {
        return operator.endsWith("<<") || operator.endsWith("<<-");
    }
}
