/**
 * What analysis produces: {@link dev.drydock.core.findings.Finding findings} (rule id, severity,
 * message, {@link dev.drydock.core.findings.Location location}, masked evidence, fixes) and the
 * {@link dev.drydock.core.findings.RuleMetadata metadata} of the rules that report them. Plain
 * immutable data; rules live elsewhere and produce these.
 */
package dev.drydock.core.findings;
