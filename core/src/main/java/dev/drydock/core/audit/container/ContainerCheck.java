package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleMetadata;

/**
 * One container check: its metadata (id {@code DC5xxx} after the CIS Docker Benchmark v1.6.0 item it
 * automates), the run option that fixes what it finds, and the check itself, which reports through the
 * {@link ContainerCheckContext} or tells it why the check does not apply. Every check has a long
 * explanation in {@code dev/drydock/core/audit/container/checks/<ID>.md}; a test checks it.
 */
public interface ContainerCheck {

    RuleMetadata metadata();

    /** The {@code docker run} option that removes the finding, e.g. {@code drop --privileged}. */
    String remedy();

    void check(ContainerCheckContext context);

    default String id() {
        return metadata().id();
    }
}
