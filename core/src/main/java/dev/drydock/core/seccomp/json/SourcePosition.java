package dev.drydock.core.seccomp.json;

/** A place in the profile's text: 1-based line and column. */
public record SourcePosition(int line, int column) {

    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
