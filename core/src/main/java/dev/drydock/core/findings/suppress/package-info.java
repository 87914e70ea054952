/**
 * Suppressions, applied after all rules ran: {@code # drydock ignore=…} and Hadolint's
 * {@code # hadolint ignore=…} pragmas (next instruction or global) and the configuration's ignored
 * rules and severity overrides. Rules never see suppressions.
 */
package dev.drydock.core.findings.suppress;
