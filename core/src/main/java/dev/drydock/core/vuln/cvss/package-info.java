/**
 * CVSS vectors and the base scores we compute from them (v2, v3.0, v3.1, v4.0). Entry point:
 * {@link dev.drydock.core.vuln.cvss.Cvss}.
 */
package dev.drydock.core.vuln.cvss;
