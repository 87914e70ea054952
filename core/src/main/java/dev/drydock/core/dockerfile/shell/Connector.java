package dev.drydock.core.dockerfile.shell;

/** What follows a command and ties it to the next one. */
public enum Connector {
    AND("&&"), OR("||"), SEQUENCE(";"), PIPE("|"), BACKGROUND("&"), NEWLINE("\n"),
    /** Nothing: the last command, or one closed by {@code )}. */
    END("");

    private final String symbol;

    Connector(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
