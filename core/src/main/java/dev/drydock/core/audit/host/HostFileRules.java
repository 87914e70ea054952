package dev.drydock.core.audit.host;

import dev.drydock.core.findings.Severity;

import java.util.List;

/**
 * The CIS Docker Benchmark v1.6.0 section 3 items Drydock checks, numbered as v1.6.0 numbers them
 * (note 3.21 is the permissions and 3.22 the ownership of /etc/sysconfig/docker, the reverse of 3.19/3.20).
 */
public final class HostFileRules {

    private static final HostFileExpectation ROOT_ROOT = new HostFileExpectation.Ownership("root", "root");
    private static final HostFileExpectation ROOT_DOCKER = new HostFileExpectation.Ownership("root", "docker");

    private static final List<HostFileRule> STANDARD = List.of(
            rule("3.1", HostFile.DOCKER_SERVICE, ROOT_ROOT, Severity.WARNING),
            rule("3.2", HostFile.DOCKER_SERVICE, mode(0644), Severity.WARNING),
            rule("3.3", HostFile.DOCKER_SOCKET_UNIT, ROOT_ROOT, Severity.WARNING),
            rule("3.4", HostFile.DOCKER_SOCKET_UNIT, mode(0644), Severity.WARNING),
            rule("3.5", HostFile.ETC_DOCKER, ROOT_ROOT, Severity.WARNING),
            rule("3.6", HostFile.ETC_DOCKER, mode(0755), Severity.WARNING),
            rule("3.7", HostFile.REGISTRY_CERTIFICATES, ROOT_ROOT, Severity.WARNING),
            rule("3.8", HostFile.REGISTRY_CERTIFICATES, mode(0444), Severity.WARNING),
            rule("3.9", HostFile.TLS_CA_CERTIFICATE, ROOT_ROOT, Severity.WARNING),
            rule("3.10", HostFile.TLS_CA_CERTIFICATE, mode(0444), Severity.WARNING),
            rule("3.11", HostFile.TLS_SERVER_CERTIFICATE, ROOT_ROOT, Severity.WARNING),
            rule("3.12", HostFile.TLS_SERVER_CERTIFICATE, mode(0444), Severity.WARNING),
            rule("3.13", HostFile.TLS_SERVER_KEY, ROOT_ROOT, Severity.ERROR),
            rule("3.14", HostFile.TLS_SERVER_KEY, mode(0400), Severity.ERROR),
            rule("3.15", HostFile.DOCKER_SOCKET, ROOT_DOCKER, Severity.ERROR),
            rule("3.16", HostFile.DOCKER_SOCKET, mode(0660), Severity.ERROR),
            rule("3.17", HostFile.DAEMON_JSON, ROOT_ROOT, Severity.WARNING),
            rule("3.18", HostFile.DAEMON_JSON, mode(0644), Severity.WARNING),
            rule("3.19", HostFile.ETC_DEFAULT_DOCKER, ROOT_ROOT, Severity.WARNING),
            rule("3.20", HostFile.ETC_DEFAULT_DOCKER, mode(0644), Severity.WARNING),
            rule("3.21", HostFile.SYSCONFIG_DOCKER, mode(0644), Severity.WARNING),
            rule("3.22", HostFile.SYSCONFIG_DOCKER, ROOT_ROOT, Severity.WARNING),
            rule("3.23", HostFile.CONTAINERD_SOCKET, ROOT_ROOT, Severity.ERROR),
            rule("3.24", HostFile.CONTAINERD_SOCKET, mode(0660), Severity.ERROR));

    private HostFileRules() {
    }

    /** Every section 3 item, in CIS order. */
    public static List<HostFileRule> standard() {
        return STANDARD;
    }

    private static HostFileRule rule(String cis, HostFile file, HostFileExpectation expectation, Severity severity) {
        int item = Integer.parseInt(cis.substring(cis.indexOf('.') + 1));
        return new HostFileRule(String.format("DH3%03d", item), cis, file, expectation, severity);
    }

    private static HostFileExpectation mode(int mode) {
        return new HostFileExpectation.Permissions(mode);
    }
}
