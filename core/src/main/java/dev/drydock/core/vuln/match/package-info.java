/**
 * Matching an image's package inventory against OSV advisories: which package is affected by which
 * vulnerability, how serious it is, which version fixes it, and the filters a user applies to the result.
 * Suppressions (ignore files, VEX) live in {@code dev.drydock.core.vuln.ignore} and are applied after matching.
 */
package dev.drydock.core.vuln.match;
