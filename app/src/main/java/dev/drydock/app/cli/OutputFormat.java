package dev.drydock.app.cli;

/** How a command prints its result: for people ({@code table}) or for programs ({@code json}). */
public enum OutputFormat {
    table,
    json
}
