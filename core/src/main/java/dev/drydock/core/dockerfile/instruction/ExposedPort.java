package dev.drydock.core.dockerfile.instruction;

/**
 * One EXPOSE argument: {@code port} is a number, a range ({@code 8000-8010}) or a variable as written;
 * {@code protocol} is lower-case, {@code tcp} when none is given.
 */
public record ExposedPort(Word word, String port, String protocol) {
}
