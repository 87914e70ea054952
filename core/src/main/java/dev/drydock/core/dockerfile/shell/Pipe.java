package dev.drydock.core.dockerfile.shell;

/** Output of {@code from} piped into {@code to}, as in {@code curl -fsSL https://... | sh}. */
public record Pipe(ShellCommand from, ShellCommand to) {
}
