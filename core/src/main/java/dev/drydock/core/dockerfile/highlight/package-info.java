/**
 * Syntax highlighting of Dockerfiles from the parsed AST: {@link dev.drydock.core.dockerfile.highlight.DockerfileHighlighter}
 * gives sorted, non-overlapping {@link dev.drydock.core.dockerfile.highlight.HighlightSpan}s and the bracket and quote
 * pairs of a text, for the editor.
 */
package dev.drydock.core.dockerfile.highlight;
