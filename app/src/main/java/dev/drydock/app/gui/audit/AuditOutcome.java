package dev.drydock.app.gui.audit;

import dev.drydock.core.audit.container.DaemonContainerAudit.Audited;
import dev.drydock.core.audit.container.NotApplicableCheck;
import dev.drydock.core.audit.harden.HardenedRunConfig;

import java.util.List;

/** What one background audit produced, ready to show: the sorted findings with score and counts, and the advice. */
record AuditOutcome(Audited audited, AuditSummary summary, List<NotApplicableCheck> notApplicable,
                    HardenedRunConfig config) {
}
