/**
 * Fixes as data (a title, a safety level, the document version they were made for, LSP-style
 * {@link dev.drydock.core.fix.TextEdit text edits}) and the one
 * {@link dev.drydock.core.fix.FixApplier applier} that the editor, {@code drydock fix}, the diff
 * preview and exports all use. Knows nothing of findings or Dockerfiles.
 */
package dev.drydock.core.fix;
