package dev.drydock.core.dockerfile.instruction;

import dev.drydock.core.dockerfile.LogicalText;
import dev.drydock.core.dockerfile.SourceRange;

/**
 * A here-document of RUN, COPY or ADD: {@code <<EOF} (or {@code <<-EOF}, {@code <<"EOF"},
 * {@code <<'EOF'}) in the instruction line, a body on the following lines, and a line holding only the
 * delimiter.
 *
 * @param delimiter      the word that ends the body, without quotes
 * @param stripsTabs     {@code <<-}: leading tabs are removed from the body lines and the delimiter line
 * @param quoted         the delimiter was quoted, so Docker does not expand variables in the body
 * @param markerRange    where {@code <<EOF} is written in the instruction line
 * @param bodyRange      the body's lines, from the line after the instruction to the delimiter line
 * @param delimiterRange the delimiter line (empty at the end of the file when the heredoc is not closed)
 * @param body           the body as Docker reads it: lines ending in {@code \n}, tabs stripped for {@code <<-}
 * @param terminated     whether a delimiter line was found
 */
public record Heredoc(String delimiter, boolean stripsTabs, boolean quoted, SourceRange markerRange,
                      SourceRange bodyRange, SourceRange delimiterRange, LogicalText body, boolean terminated) {

    public String content() {
        return body.text();
    }
}
