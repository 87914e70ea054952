/**
 * Fix advice for the vulnerabilities of an image, as Dockerfile fixes: an upgrade step for the affected
 * OS packages in the final stage, a bump of a pinned language dependency in a {@code RUN} install line,
 * and the change of the final stage's {@code FROM} to a local tag of the same base with fewer critical
 * and high vulnerabilities. Every advice is a {@link dev.drydock.core.fix.Fix} applied by the one
 * {@link dev.drydock.core.fix.FixApplier}; see {@link dev.drydock.core.vuln.advice.DockerfileAdvice}.
 */
package dev.drydock.core.vuln.advice;
