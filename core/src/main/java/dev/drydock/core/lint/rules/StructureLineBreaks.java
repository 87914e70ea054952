package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Dockerfile;

/** The line break a fix of this batch writes: the file's own ({@code \r\n} when it uses them). */
final class StructureLineBreaks {

    private StructureLineBreaks() {
    }

    static String of(Dockerfile dockerfile) {
        return dockerfile.text().contains("\r\n") ? "\r\n" : "\n";
    }
}
