package dev.drydock.core.audit.daemon;

import dev.drydock.core.daemon.DaemonInfo;
import dev.drydock.core.findings.Severity;

/** DH2001: root in a container is root on the host unless user namespaces remap it (CIS 2.9). */
final class UserNamespaceCheck extends TextedDaemonCheck {

    UserNamespaceCheck() {
        super("DH2001", "2.9", Severity.WARNING);
    }

    @Override
    public DaemonCheckResult run(DaemonAuditInput input) {
        DaemonInfo info = input.info();
        if (!DaemonFacts.isLinux(info)) {
            return notApplicable("notLinux", info.osType());
        }
        if (info.rootless()) {
            return passed(TEXTS.text("DH2001.rootless"));
        }
        return info.userNamespacesEnabled() ? passed("") : found(finding());
    }
}
