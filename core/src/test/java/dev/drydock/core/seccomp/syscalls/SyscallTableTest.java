package dev.drydock.core.seccomp.syscalls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SyscallTableTest {
    private static final Path X86_64_HEADER = Path.of("/usr/include/x86_64-linux-gnu/asm/unistd_64.h");

    @Test
    void x86_64NumbersAndNamesBothWays() {
        SyscallTable table = SyscallTable.x86_64();
        assertThat(table.name(0)).contains("read");
        assertThat(table.name(59)).contains("execve");
        assertThat(table.name(272)).contains("unshare");
        assertThat(table.name(321)).contains("bpf");
        assertThat(table.name(435)).contains("clone3");
        assertThat(table.number("openat")).hasValue(257);
        assertThat(table.number("ptrace")).hasValue(101);
        assertThat(table.name(400)).as("387-423 are unused on x86_64").isEmpty();
        assertThat(table.number("chown32")).isEmpty();
    }

    @Test
    void aarch64UsesTheGenericTable() {
        SyscallTable table = SyscallTable.aarch64();
        assertThat(table.name(63)).contains("read");
        assertThat(table.name(64)).contains("write");
        assertThat(table.name(56)).contains("openat");
        assertThat(table.name(221)).contains("execve");
        assertThat(table.name(97)).contains("unshare");
        assertThat(table.number("bpf")).hasValue(280);
        assertThat(table.number("fstat")).hasValue(80);
        assertThat(table.contains("open")).as("aarch64 has only openat").isFalse();
        assertThat(table.contains("fork")).isFalse();
    }

    @Test
    void everyNameMapsBackToItsNumber() {
        for (SyscallTable table : SyscallTable.all()) {
            table.byNumber().forEach((number, name) -> assertThat(table.number(name)).hasValue(number));
        }
    }

    @Test
    void auditArchValuesChooseTheTable() {
        assertThat(SyscallTable.forAuditArch("c000003e")).contains(SyscallTable.x86_64());
        assertThat(SyscallTable.forAuditArch("C000003E")).contains(SyscallTable.x86_64());
        assertThat(SyscallTable.forAuditArch("0xc00000b7")).contains(SyscallTable.aarch64());
        assertThat(SyscallTable.forAuditArch("40000003")).as("32-bit x86 has no table").isEmpty();
        assertThat(SyscallTable.forAuditArch(null)).isEmpty();
        assertThat(SyscallTable.forSeccompArchitecture("SCMP_ARCH_AARCH64")).contains(SyscallTable.aarch64());
    }

    @Test
    void x86_64AgreesWithThisMachinesKernelHeader() throws Exception {
        assumeTrue(Files.isRegularFile(X86_64_HEADER),
                "skipped: " + X86_64_HEADER + " is missing (apt-get install linux-libc-dev)");
        Map<Integer, String> header = new TreeMap<>();
        Matcher m = Pattern.compile("(?m)^#define __NR_(\\w+) (\\d+)$").matcher(Files.readString(X86_64_HEADER));
        while (m.find()) {
            header.put(Integer.parseInt(m.group(2)), m.group(1));
        }
        assertThat(header).hasSizeGreaterThan(300);
        assertThat(SyscallTable.x86_64().byNumber()).containsAllEntriesOf(header);
    }

    @Test
    void knownNamesIncludeOtherArchitectures() {
        assertThat(KnownSyscalls.isKnown("socketcall")).isTrue();
        assertThat(KnownSyscalls.isOtherArchitectureOnly("socketcall")).isTrue();
        assertThat(KnownSyscalls.isOtherArchitectureOnly("read")).isFalse();
        assertThat(KnownSyscalls.isKnown("opnat")).isFalse();
    }
}
