/**
 * Suppressions applied after matching: {@code .trivyignore}-compatible ignore files and OpenVEX documents.
 * Suppressed matches stay in the report, marked with the file and line or statement that suppressed them.
 */
package dev.drydock.core.vuln.ignore;
