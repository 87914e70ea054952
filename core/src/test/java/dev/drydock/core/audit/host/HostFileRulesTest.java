package dev.drydock.core.audit.host;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The section 3 table: every v1.6.0 item once, ids derived from the item, titles that read as a state. */
class HostFileRulesTest {

    @Test
    void everyItemFrom3Point1To3Point24OnceWithItsId() {
        assertThat(HostFileRules.standard()).hasSize(24).allSatisfy(rule -> {
            int item = Integer.parseInt(rule.cisSection().substring(2));
            assertThat(rule.id()).isEqualTo(String.format("DH3%03d", item));
        });
        assertThat(HostFileRules.standard()).extracting(HostFileRule::cisSection).doesNotHaveDuplicates();
    }

    @Test
    void titlesStateTheExpectation() {
        assertThat(HostFileRules.standard().get(0).title()).isEqualTo("docker.service is owned by root:root");
        assertThat(HostFileRules.standard().get(13).title()).isEqualTo("TLS server key has permissions 400 or stricter");
        assertThat(HostFileRules.standard().get(14).title()).isEqualTo("docker.sock is owned by root:docker");
        // v1.6.0 numbers /etc/sysconfig/docker's permissions before its ownership
        assertThat(HostFileRules.standard().get(20).title()).isEqualTo("/etc/sysconfig/docker has permissions 644 or stricter");
        assertThat(HostFileRules.standard().get(21).title()).isEqualTo("/etc/sysconfig/docker is owned by root:root");
    }

    @Test
    void permissionsAllowOnlyBitsWithinTheExpectedMode() {
        HostFileExpectation.Permissions mode644 = new HostFileExpectation.Permissions(0644);
        assertThat(mode644.allows(0644)).isTrue();
        assertThat(mode644.allows(0600)).isTrue();
        assertThat(mode644.allows(0444)).isTrue();
        assertThat(mode644.allows(0664)).isFalse();
        assertThat(mode644.allows(0744)).isFalse();
        assertThat(HostFileInspector.describe(0022)).isEqualTo("write for group, write for others");
        assertThat(HostFileInspector.describe(0107)).isEqualTo("execute for owner, read/write/execute for others");
    }
}
