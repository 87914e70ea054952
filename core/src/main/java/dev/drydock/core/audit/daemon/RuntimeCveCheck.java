package dev.drydock.core.audit.daemon;

import dev.drydock.core.findings.Severity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DH2020: the Docker Engine, containerd and runc versions against known container-escape CVEs.
 * Distribution builds (e.g. {@code 1.1.5+ds1}) may carry backported fixes, so their matches are
 * warnings that say so; upstream builds in an affected range are errors.
 */
final class RuntimeCveCheck extends TextedDaemonCheck {

    private static final List<RuntimeComponent> COMPONENTS =
            List.of(RuntimeComponent.DOCKER_ENGINE, RuntimeComponent.CONTAINERD, RuntimeComponent.RUNC);

    private final EscapeCveTable table;

    RuntimeCveCheck(EscapeCveTable table) {
        super("DH2020", "", Severity.ERROR);
        this.table = table;
    }

    @Override
    public DaemonCheckResult run(DaemonAuditInput input) {
        Map<RuntimeComponent, String> reported = new EnumMap<>(RuntimeComponent.class);
        reported.put(RuntimeComponent.DOCKER_ENGINE, input.info().serverVersion());
        reported.put(RuntimeComponent.CONTAINERD, input.info().containerdVersion());
        reported.put(RuntimeComponent.RUNC, input.info().runcVersion());
        List<String> unread = new ArrayList<>();
        List<DaemonFinding> findings = new ArrayList<>();
        for (RuntimeComponent component : COMPONENTS) {
            Optional<ComponentVersion> version = ComponentVersion.parse(reported.get(component));
            if (version.isEmpty()) {
                unread.add(component.displayName());
                continue;
            }
            for (EscapeCve cve : table.concerning(List.of(component))) {
                if (cve.affecting(component, version.get()).isPresent()) {
                    findings.add(findingFor(cve, component, reported.get(component), version.get()));
                }
            }
        }
        if (unread.size() == COMPONENTS.size()) {
            return notApplicable("DH2020.noVersions");
        }
        String note = unread.isEmpty() ? "" : TEXTS.text("DH2020.unread", String.join(", ", unread));
        return findings.isEmpty() ? passed(note) : withNote(found(findings), note);
    }

    private DaemonFinding findingFor(EscapeCve cve, RuntimeComponent component, String text, ComponentVersion version) {
        String name = cve.name().isEmpty() ? "" : " (" + cve.name() + ")";
        String backports = version.distributionBuild() ? " " + TEXTS.text("DH2020.backports") : "";
        Severity level = version.distributionBuild() ? Severity.WARNING : severity();
        return new DaemonFinding(id(), cisSection(), level, cve.id() + name + ": " + component.displayName() + " " + text,
                TEXTS.text("DH2020.explanation", component.displayName(), text, cve.id() + name, cve.summary(),
                        cve.fixedIn(), cve.source()) + backports,
                TEXTS.text("DH2020.advice", cve.fixedIn()));
    }

    private static DaemonCheckResult withNote(DaemonCheckResult result, String note) {
        return new DaemonCheckResult(result.checkId(), result.cisSection(), result.title(), result.status(),
                result.findings(), note);
    }
}
