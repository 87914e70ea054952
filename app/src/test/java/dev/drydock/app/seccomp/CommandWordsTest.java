package dev.drydock.app.seccomp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandWordsTest {

    @Test
    void splitsOnBlanksAndKeepsQuotedText() {
        assertThat(CommandWords.split("sh -c 'echo a;  sleep 1'")).containsExactly("sh", "-c", "echo a;  sleep 1");
        assertThat(CommandWords.split("  echo \"a \\\"b\\\" $x\"  c\\ d ")).containsExactly("echo", "a \"b\" $x", "c d");
        assertThat(CommandWords.split("printf ''")).containsExactly("printf", "");
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        assertThatThrownBy(() -> CommandWords.split("sh -c 'echo")).hasMessageContaining("unclosed single quote");
    }
}
