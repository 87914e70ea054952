/** Editing commands that are plain text work (commenting lines), returned as text edits for the one applier. */
package dev.drydock.core.edit;
