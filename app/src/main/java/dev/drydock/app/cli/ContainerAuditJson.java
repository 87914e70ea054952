package dev.drydock.app.cli;

import dev.drydock.app.cli.AuditContainersCommand.AuditedContainer;
import dev.drydock.core.audit.container.ContainerAudit;
import dev.drydock.core.audit.container.NotApplicableCheck;

import java.util.List;

/** The {@code audit containers --format json} answer: one entry per container, its findings and the checks that did not apply. */
record ContainerAuditJson(List<Container> containers, int findings) {

    record Container(String id, String name, String image, String state, List<FindingJson> findings,
                     List<NotApplicable> notApplicable) {
    }

    record FindingJson(String id, String cis, String severity, String title, String field, String message,
                       String evidence, String fix) {
    }

    record NotApplicable(String id, String title, String reason) {
    }

    static ContainerAuditJson of(List<AuditedContainer> audited, ContainerAudit audit) {
        List<Container> containers = audited.stream().map(container -> container(container, audit)).toList();
        int count = containers.stream().mapToInt(container -> container.findings().size()).sum();
        return new ContainerAuditJson(containers, count);
    }

    private static Container container(AuditedContainer container, ContainerAudit audit) {
        List<FindingJson> findings = container.result().findings().stream()
                .map(finding -> AuditedFinding.of(finding, audit))
                .map(f -> new FindingJson(f.finding().ruleId(), f.cisItem(), f.finding().severity().id(), f.title(),
                        f.field(), f.problem(), f.finding().evidence().orElse(null), f.fix()))
                .toList();
        List<NotApplicable> notApplicable = container.result().notApplicable().stream()
                .map((NotApplicableCheck check) -> new NotApplicable(check.checkId(), check.title(), check.reason()))
                .toList();
        var details = container.details();
        return new ContainerAuditJson.Container(details.id(), container.result().container(), details.image(),
                details.state() == null ? "" : details.state().status(), findings, notApplicable);
    }
}
