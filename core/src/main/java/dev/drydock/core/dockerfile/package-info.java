/**
 * The Dockerfile model: a lossless parse with a source range on every node.
 *
 * <p>{@link dev.drydock.core.dockerfile.Dockerfile#parse(String)} reads any text and never throws; what Docker
 * would reject is a {@link dev.drydock.core.dockerfile.SyntaxProblem}. The result holds the parser
 * directives, comments (those between continued lines too), typed instructions
 * ({@code dev.drydock.core.dockerfile.instruction}), stages, and the ARG/ENV values each instruction sees.
 * Its {@link dev.drydock.core.dockerfile.Dockerfile#elements() elements} cover the text without gap, so
 * {@link dev.drydock.core.dockerfile.Dockerfile#print()} gives the exact text back.
 *
 * <p>Positions: {@link dev.drydock.core.dockerfile.SourcePosition#offset()} is a 0-based UTF-16 index;
 * line and column are 1-based, as Docker and Hadolint print them. Ranges end exclusively.
 *
 * <p>Shell understanding of RUN lives in {@code dev.drydock.core.dockerfile.shell}; the parser's
 * internals in {@code dev.drydock.core.dockerfile.parser}.
 */
package dev.drydock.core.dockerfile;
