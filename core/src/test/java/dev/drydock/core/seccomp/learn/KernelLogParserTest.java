package dev.drydock.core.seccomp.learn;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Kernel log lines as dmesg prints them on this machine, garbage, and other architectures. */
class KernelLogParserTest {

    private static final String LOGGED = "[35724.637468] audit: type=1326 audit(1795461202.337:246): auid=4294967295"
            + " uid=0 gid=0 ses=4294967295 pid=581 comm=\"runc:[2:INIT]\" exe=\"/\" sig=0 arch=c000003e syscall=257"
            + " compat=0 ip=0x40828e code=0x7ffc0000";

    @Test
    void readsEveryFieldOfARealRecord() {
        KernelAuditRecord record = KernelLogParser.parseLine(LOGGED).orElseThrow();

        assertThat(record.time()).isEqualTo(Instant.parse("2026-11-23T19:13:22.337Z"));
        assertThat(record.serial()).isEqualTo(246);
        assertThat(record.pid()).isEqualTo(581);
        assertThat(record.command()).isEqualTo("runc:[2:INIT]");
        assertThat(record.arch()).isEqualTo("c000003e");
        assertThat(record.syscall()).isEqualTo(257);
        assertThat(record.logged()).isTrue();
        assertThat(record.syscallName()).contains("openat");
    }

    @Test
    void readsRecordsWithoutTheDmesgTimePrefixAndWithSpacesInTheCommand() {
        String line = "audit: type=1326 audit(1795458972.369:9): auid=4294967295 uid=0 gid=0 ses=4294967295 pid=7234"
                + " comm=\"my app\" exe=\"/bin/busybox\" sig=0 arch=C000003E syscall=72 compat=0 ip=0x40828e code=0x7ffc0000";

        KernelAuditRecord record = KernelLogParser.parseLine(line).orElseThrow();

        assertThat(record.command()).isEqualTo("my app");
        assertThat(record.arch()).isEqualTo("c000003e");
        assertThat(record.syscallName()).contains("fcntl");
    }

    @Test
    void aDeniedCallIsARecordButNotALoggedOne() {
        String errno = LOGGED.replace("code=0x7ffc0000", "code=0x50001");

        KernelAuditRecord record = KernelLogParser.parseLine(errno).orElseThrow();

        assertThat(record.logged()).isFalse();
        assertThat(record.code()).isEqualTo(0x50001);
    }

    @Test
    void otherArchitecturesKeepTheirNumberWhenNoTableNamesIt() {
        String aarch64 = LOGGED.replace("arch=c000003e syscall=257", "arch=c00000b7 syscall=56");
        String i386 = LOGGED.replace("arch=c000003e syscall=257", "arch=40000003 syscall=11");

        assertThat(KernelLogParser.parseLine(aarch64).orElseThrow().syscallName()).contains("openat");
        KernelAuditRecord x86 = KernelLogParser.parseLine(i386).orElseThrow();
        assertThat(x86.syscallName()).isEmpty();
        assertThat(x86.describeNumber()).isEqualTo("arch=40000003 syscall=11");
    }

    @Test
    void skipsOtherLinesGarbageAndIncompleteRecords() {
        List<String> lines = List.of(
                "[35649.359608] docker0: port 1(veth43c4fc9) entered disabled state",
                "[35724.637424] kauditd_printk_skb: 234 callbacks suppressed",
                "audit: type=1400 audit(1795461202.337:1): apparmor=\"DENIED\" operation=\"open\"",
                "audit: type=1326 audit(1795461202.337:2): pid=1 arch=c000003e code=0x7ffc0000",
                "audit: type=1326 audit(notanumber:2): pid=1 arch=c000003e syscall=1 code=0x7ffc0000",
                "audit: type=1326 audit(1795461202.337:3): pid=x arch=c000003e syscall=1 code=0x7ffc0000",
                "\u0000\u00ff garbage type=1326",
                "",
                LOGGED);

        assertThat(KernelLogParser.parse(lines)).singleElement().extracting(KernelAuditRecord::serial).isEqualTo(246L);
    }
}
