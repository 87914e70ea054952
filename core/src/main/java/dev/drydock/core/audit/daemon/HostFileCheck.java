package dev.drydock.core.audit.daemon;

import dev.drydock.core.audit.host.HostFileExpectation;
import dev.drydock.core.audit.host.HostFileInspector;
import dev.drydock.core.audit.host.HostFileLocator;
import dev.drydock.core.audit.host.HostFileProblem;
import dev.drydock.core.audit.host.HostFileRule;
import dev.drydock.core.audit.host.HostFileRules;
import dev.drydock.core.audit.host.HostFileVerdict;
import dev.drydock.core.findings.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * DH3001–DH3024: one CIS section 3 item (ownership or permissions of a daemon file), checked when the
 * daemon runs on this machine and "not applicable" with the reason when it does not (remote daemon,
 * Docker Desktop's VM) or when the file is not present on this host.
 */
final class HostFileCheck implements DaemonCheck {

    private final HostFileRule rule;
    private final Path root;

    HostFileCheck(HostFileRule rule, Path root) {
        this.rule = rule;
        this.root = root;
    }

    /** A check for every section 3 item, reading the host's files under {@code root}. */
    static List<DaemonCheck> all(Path root) {
        return HostFileRules.standard().stream().map(rule -> (DaemonCheck) new HostFileCheck(rule, root)).toList();
    }

    @Override
    public String id() {
        return rule.id();
    }

    @Override
    public String cisSection() {
        return rule.cisSection();
    }

    @Override
    public Severity severity() {
        return rule.severity();
    }

    @Override
    public String title() {
        return rule.title();
    }

    @Override
    public DaemonCheckResult run(DaemonAuditInput input) {
        DaemonLocality locality = DaemonLocality.of(input, root);
        if (!locality.local()) {
            return result(DaemonCheckResult.Status.NOT_APPLICABLE, List.of(), locality.notHereReason());
        }
        HostFileVerdict verdict = new HostFileInspector(new HostFileLocator(root, locality.socketPath())).inspect(rule);
        if (verdict.absent()) {
            return result(DaemonCheckResult.Status.NOT_APPLICABLE, List.of(),
                    TextedDaemonCheck.TEXTS.text("hostFiles.absent", verdict.absentReason()));
        }
        if (!verdict.problems().isEmpty()) {
            List<DaemonFinding> findings = verdict.problems().stream().map(this::finding).toList();
            return result(DaemonCheckResult.Status.FOUND_PROBLEMS, findings, String.join(" ", verdict.unreadable()));
        }
        if (verdict.checkedPaths().isEmpty()) {
            return result(DaemonCheckResult.Status.NOT_APPLICABLE, List.of(), String.join(" ", verdict.unreadable()));
        }
        List<String> notes = new ArrayList<>();
        notes.add(TextedDaemonCheck.TEXTS.text("hostFiles.checked", String.join(", ", verdict.checkedPaths())));
        notes.addAll(verdict.unreadable());
        return result(DaemonCheckResult.Status.PASSED, List.of(), String.join(" ", notes));
    }

    private DaemonFinding finding(HostFileProblem problem) {
        String title = TextedDaemonCheck.TEXTS.text(
                rule.expectation() instanceof HostFileExpectation.Ownership
                        ? "hostFiles.wrongOwner" : "hostFiles.wrongMode", problem.hostPath());
        return new DaemonFinding(rule.id(), rule.cisSection(), rule.severity(), title, problem.explanation(),
                problem.fixCommand());
    }

    private DaemonCheckResult result(DaemonCheckResult.Status status, List<DaemonFinding> findings, String note) {
        return new DaemonCheckResult(rule.id(), rule.cisSection(), rule.title(), status, findings, note);
    }
}
