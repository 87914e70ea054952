package dev.drydock.app.gui.overview;

import dev.drydock.app.gui.audit.AuditSummary;
import dev.drydock.core.daemon.ContainerSummary;

import java.util.Optional;

/**
 * One container in the overview's audit table: its name, image and state, and once audited its score
 * and finding counts; {@code note} says where it stands otherwise ({@code waiting}, {@code could not audit: …}).
 */
public record ContainerAuditRow(ContainerSummary container, Optional<AuditSummary> audit, String note) {

    static ContainerAuditRow waiting(ContainerSummary container) {
        return new ContainerAuditRow(container, Optional.empty(), "waiting");
    }

    ContainerAuditRow audited(AuditSummary summary) {
        return new ContainerAuditRow(container, Optional.of(summary), "");
    }

    ContainerAuditRow withNote(String text) {
        return new ContainerAuditRow(container, audit, text);
    }

    public String name() {
        return container.name();
    }

    /** The score, or -1 while not audited. */
    public int score() {
        return audit.map(AuditSummary::score).orElse(-1);
    }

    public int errors() {
        return audit.map(AuditSummary::errors).orElse(-1);
    }

    public int warnings() {
        return audit.map(AuditSummary::warnings).orElse(-1);
    }

    public int notes() {
        return audit.map(AuditSummary::notes).orElse(-1);
    }
}
