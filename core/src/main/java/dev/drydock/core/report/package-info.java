/**
 * Exporters of lint results, one class per format ({@link dev.drydock.core.report.ReportFormat}):
 * terminal text, Drydock JSON, SARIF 2.1.0, Checkstyle XML, GitLab Code Quality and JUnit XML.
 */
package dev.drydock.core.report;
