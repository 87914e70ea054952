package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.SourceRange;
import dev.drydock.core.dockerfile.instruction.Word;
import dev.drydock.core.fix.TextEdit;
import dev.drydock.core.lint.RuleContext;

import java.util.Optional;

/**
 * The edit that pins a FROM image by a digest the local daemon knows, shared by DD3007 and DD5007 so
 * that both write the same edit ({@code node:latest} → {@code node@sha256:…}; {@code debian:12} →
 * {@code debian:12@sha256:…}) and never pin twice in one pass.
 */
final class BaseImageDigestPin {

    private BaseImageDigestPin() {
    }

    /** Replaces {@code :latest} (the colon before {@code tag} and {@code tag}) with {@code @digest}. */
    static TextEdit replaceLatest(SourceRange tag, String digest) {
        return TextEdit.replace(tag.startOffset() - 1, tag.endOffset(), "@" + digest);
    }

    /**
     * The pin of a plainly written image word (no variables, no quotes, one line): {@code :latest}
     * replaced, any other tag kept; empty when the word is not written plainly.
     */
    static Optional<TextEdit> pin(RuleContext context, Dockerfile dockerfile, Word word, String digest) {
        String text = word.text();
        SourceRange whole = word.range();
        if (text.contains("$") || !text.equals(word.value()) || whole.length() != text.length()
                || whole.start().line() != whole.end().line()) {
            return Optional.empty();
        }
        if (text.endsWith(":latest")) {
            SourceRange tag = StructureBaseImage.rangeOf(dockerfile, word, text.length() - "latest".length(), text.length());
            return Optional.of(replaceLatest(tag, digest));
        }
        return Optional.of(context.insertAfter(whole, "@" + digest));
    }

    /** {@code sha256:1e42bbe25081…}: enough to recognise it in a fix title. */
    static String shortDigest(String digest) {
        return digest.length() > 19 ? digest.substring(0, 19) + "…" : digest;
    }
}
