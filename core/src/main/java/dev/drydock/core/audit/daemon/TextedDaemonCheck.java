package dev.drydock.core.audit.daemon;

import dev.drydock.core.findings.Severity;
import dev.drydock.core.text.MessageTexts;

import java.util.List;

/**
 * Base of the daemon checks: id, CIS number and severity given by the subclass; title (what the check
 * wants, true when it passes), problem (the title of its findings), explanation and advice read from
 * {@code daemon-checks.properties} under the check's id.
 */
abstract class TextedDaemonCheck implements DaemonCheck {

    static final MessageTexts TEXTS = MessageTexts.load(TextedDaemonCheck.class, "daemon-checks.properties");

    private final String id;
    private final String cisSection;
    private final Severity severity;

    TextedDaemonCheck(String id, String cisSection, Severity severity) {
        this.id = id;
        this.cisSection = cisSection;
        this.severity = severity;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String cisSection() {
        return cisSection;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final String title() {
        return TEXTS.text(id + ".title");
    }

    /** A finding with this check's texts; {@code args} fill the explanation's placeholders. */
    final DaemonFinding finding(Object... args) {
        return finding(severity, args);
    }

    final DaemonFinding finding(Severity level, Object... args) {
        return new DaemonFinding(id, cisSection, level, TEXTS.text(id + ".problem"), TEXTS.text(id + ".explanation", args),
                TEXTS.text(id + ".advice"));
    }

    final DaemonCheckResult found(List<DaemonFinding> findings) {
        return findings.isEmpty() ? passed("")
                : new DaemonCheckResult(id, cisSection, title(), DaemonCheckResult.Status.FOUND_PROBLEMS, findings, "");
    }

    final DaemonCheckResult found(DaemonFinding finding) {
        return found(List.of(finding));
    }

    final DaemonCheckResult passed(String note) {
        return new DaemonCheckResult(id, cisSection, title(), DaemonCheckResult.Status.PASSED, List.of(), note);
    }

    /** Not applicable, with the reason read from the texts under {@code id.<reasonKey>}. */
    final DaemonCheckResult notApplicable(String reasonKey, Object... args) {
        return new DaemonCheckResult(id, cisSection, title(), DaemonCheckResult.Status.NOT_APPLICABLE, List.of(),
                TEXTS.text(reasonKey, args));
    }
}
