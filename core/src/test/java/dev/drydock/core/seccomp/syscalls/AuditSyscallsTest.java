package dev.drydock.core.seccomp.syscalls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditSyscallsTest {

    @Test
    void namesX86_64AndAarch64Records() {
        assertThat(AuditSyscalls.name("c000003e", 59)).contains("execve");
        assertThat(AuditSyscalls.name("c000003e", 272)).contains("unshare");
        assertThat(AuditSyscalls.name("c00000b7", 221)).contains("execve");
        assertThat(AuditSyscalls.name("c00000b7", 97)).contains("unshare");
    }

    @Test
    void x32CallsLoseTheirBitAndUseTheirOwnRows() {
        assertThat(AuditSyscalls.name("c000003e", 0x40000000L)).contains("read");
        assertThat(AuditSyscalls.name("c000003e", 0x40000000L + 520)).contains("execve");
        assertThat(AuditSyscalls.name("c000003e", 0x40000000L + 59)).as("x32 has no 64-bit execve row").isEmpty();
    }

    @Test
    void unknownArchitecturesAndNumbersGiveNothing() {
        assertThat(AuditSyscalls.name("40000003", 11)).isEmpty();
        assertThat(AuditSyscalls.name("c000003e", 9999)).isEmpty();
        assertThat(AuditSyscalls.name("c000003e", -1)).isEmpty();
    }
}
