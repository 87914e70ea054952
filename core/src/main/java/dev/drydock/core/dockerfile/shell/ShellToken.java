package dev.drydock.core.dockerfile.shell;

/**
 * A token of shell text: a word, a control operator ({@code && || ; | |& & ( )} or a line break), or a
 * redirection operator. {@code from} and {@code to} index the text that was split.
 */
record ShellToken(Type type, String symbol, ShellWord word, int from, int to) {

    enum Type { WORD, OPERATOR, REDIRECTION }

    boolean isOperator(String operator) {
        return type == Type.OPERATOR && symbol.equals(operator);
    }
}
