package dev.drydock.core.audit.daemon;

import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.findings.Severity;

/**
 * DH2009: the daemon is reached over plain TCP without TLS, so anyone on the network can run
 * containers as root on it (CIS 2.7). Judged from the endpoint Drydock uses.
 */
final class UnencryptedTcpCheck extends TextedDaemonCheck {

    UnencryptedTcpCheck() {
        super("DH2009", "2.7", Severity.ERROR);
    }

    @Override
    public DaemonCheckResult run(DaemonAuditInput input) {
        DockerEndpoint endpoint = input.endpoint();
        if (endpoint == null) {
            return notApplicable("DH2009.noEndpoint");
        }
        String scheme = endpoint.scheme();
        boolean network = scheme.equals("tcp") || scheme.equals("http") || scheme.equals("https");
        if (!network) {
            return passed(TEXTS.text("DH2009.local", endpoint.uri()));
        }
        boolean tls = scheme.equals("https") || endpoint.tlsVerify() || endpoint.certPath() != null;
        return tls ? passed("") : found(finding(endpoint.uri()));
    }
}
