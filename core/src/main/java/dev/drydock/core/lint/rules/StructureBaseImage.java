package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.SourceRange;
import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.dockerfile.instruction.FromInstruction;
import dev.drydock.core.dockerfile.instruction.Word;

import java.util.Locale;
import java.util.Optional;

/**
 * The image a FROM names, split as Docker reads a reference: {@code [registry/]path[:tag][@digest]}.
 * {@code written} is the value as written; {@code expanded} has the build arguments substituted.
 * Shared by the base-image rules of {@link BaseImageAndStructureRules}.
 */
record StructureBaseImage(String expanded, Optional<String> registry, String path, Optional<String> tag,
                     Optional<String> digest) {

    static StructureBaseImage of(Dockerfile dockerfile, FromInstruction from) {
        String expanded = dockerfile.expand(from, from.image().text());
        return parse(expanded);
    }

    static StructureBaseImage parse(String reference) {
        String rest = reference;
        Optional<String> digest = Optional.empty();
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = Optional.of(rest.substring(at + 1));
            rest = rest.substring(0, at);
        }
        Optional<String> tag = Optional.empty();
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = Optional.of(rest.substring(colon + 1));
            rest = rest.substring(0, colon);
        }
        Optional<String> registry = Optional.empty();
        int slash = rest.indexOf('/');
        if (slash > 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                registry = Optional.of(first);
                rest = rest.substring(slash + 1);
            }
        }
        return new StructureBaseImage(reference, registry, rest, tag, digest);
    }

    /** Whether a build argument could not be resolved, so the real image is unknown. */
    boolean isUnresolved() {
        return expanded.isEmpty() || expanded.contains("$") || path.isEmpty();
    }

    boolean isScratch() {
        return registry.isEmpty() && path.toLowerCase(Locale.ROOT).equals("scratch");
    }

    /** Whether the FROM names an earlier stage of the same Dockerfile rather than an image. */
    static boolean isEarlierStage(Dockerfile dockerfile, FromInstruction from) {
        String name = from.image().value().toLowerCase(Locale.ROOT);
        for (Stage stage : dockerfile.stages()) {
            if (stage.from() == from) {
                return false;
            }
            if (stage.name().map(name::equals).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where {@code part} is written in the image word, when the word is written plainly (no quotes,
     * no variables, on one line); otherwise the whole word.
     */
    static SourceRange rangeOf(Dockerfile dockerfile, Word image, int from, int to) {
        SourceRange whole = image.range();
        if (!image.text().equals(image.value()) || whole.length() != image.text().length()
                || whole.start().line() != whole.end().line()) {
            return whole;
        }
        return dockerfile.lines().range(whole.startOffset() + from, whole.startOffset() + to);
    }
}
