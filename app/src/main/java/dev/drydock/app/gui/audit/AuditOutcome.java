package dev.drydock.app.gui.audit;

import dev.drydock.core.audit.container.NotApplicableCheck;

import java.util.List;

/** What one background audit produced, ready to show: rows, the count line and the three renderings. */
record AuditOutcome(List<AuditFindingRow> findings, List<NotApplicableCheck> notApplicable, String score,
                    String dockerRun, String compose, String kubernetes, List<HardeningOptionRow> options) {
}
