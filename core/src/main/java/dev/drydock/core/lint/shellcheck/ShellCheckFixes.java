package dev.drydock.core.lint.shellcheck;

import com.fasterxml.jackson.databind.JsonNode;
import dev.drydock.core.dockerfile.LogicalText;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.TextEdit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the fix ShellCheck suggests for a finding ({@code json1}'s {@code fix.replacements}) into a
 * Drydock fix on the Dockerfile. Always {@link Fix.Safety#NEEDS_REVIEW}: quoting or rewriting a shell
 * command can change what it does. No fix when a replacement would touch a line continuation or the
 * lines Drydock put before the script.
 */
final class ShellCheckFixes {

    private ShellCheckFixes() {
    }

    static Optional<Fix> of(JsonNode fix, String ruleId, ShellCheckScript script, int headerLines, String dockerfileText) {
        JsonNode replacements = fix.path("replacements");
        if (!replacements.isArray() || replacements.isEmpty()) {
            return Optional.empty();
        }
        List<TextEdit> edits = new ArrayList<>();
        for (JsonNode replacement : replacements) {
            Optional<TextEdit> edit = edit(replacement, script, headerLines);
            if (edit.isEmpty()) {
                return Optional.empty();
            }
            edits.add(edit.get());
        }
        return Optional.of(Fix.of("Apply ShellCheck's suggestion for " + ruleId, Fix.Safety.NEEDS_REVIEW,
                dockerfileText, edits));
    }

    private static Optional<TextEdit> edit(JsonNode replacement, ShellCheckScript script, int headerLines) {
        int line = replacement.path("line").asInt() - headerLines;
        int endLine = replacement.path("endLine").asInt() - headerLines;
        if (line < 1 || endLine < line) {
            return Optional.empty();
        }
        LogicalText text = script.text();
        int start = script.index(line, replacement.path("column").asInt(1));
        int end = Math.max(start, script.index(endLine, replacement.path("endColumn").asInt(1)));
        String newText = replacement.path("replacement").asText();
        if (start == end) {
            boolean afterPrevious = "afterEnd".equals(replacement.path("insertionPoint").asText()) && start > 0;
            int offset = afterPrevious ? text.sourceOffset(start - 1) + 1 : text.sourceOffset(start);
            return Optional.of(TextEdit.insert(offset, newText));
        }
        int sourceStart = text.sourceOffset(start);
        int sourceEnd = text.sourceOffset(end - 1) + 1;
        if (sourceEnd - sourceStart != end - start) {
            return Optional.empty();
        }
        return Optional.of(TextEdit.replace(sourceStart, sourceEnd, newText));
    }
}
