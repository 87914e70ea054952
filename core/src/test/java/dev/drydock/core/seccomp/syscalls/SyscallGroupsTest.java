package dev.drydock.core.seccomp.syscalls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyscallGroupsTest {

    @Test
    void everyX86_64AndAarch64SyscallIsInExactlyOneGroup() {
        Map<String, Integer> memberships = new HashMap<>();
        SyscallGroups.all().forEach(g -> g.syscalls().forEach(s -> memberships.merge(s, 1, Integer::sum)));
        for (SyscallTable table : SyscallTable.all()) {
            for (String name : table.byNumber().values()) {
                assertThat(memberships.get(name)).as(name + " on " + table.architecture()).isEqualTo(1);
            }
        }
        assertThat(memberships.keySet()).as("groups list only real x86_64/aarch64 calls")
                .allMatch(name -> SyscallTable.all().stream().anyMatch(t -> t.contains(name)));
    }

    @Test
    void everyGroupIsExplained() {
        assertThat(SyscallGroups.all()).hasSizeGreaterThan(15).allSatisfy(g -> {
            assertThat(g.title()).isNotBlank();
            assertThat(g.explanation()).isNotBlank().endsWith(".");
            assertThat(g.syscalls()).isNotEmpty();
        });
    }

    @Test
    void theProbesOfIssue8AreRiskyAndEverydayCallsAreNot() {
        assertThat(List.of("mount", "unshare", "setns", "ptrace", "keyctl", "bpf", "init_module", "kexec_load",
                "open_by_handle_at", "userfaultfd", "io_uring_setup")).allMatch(SyscallGroups::isRisky);
        assertThat(List.of("read", "write", "openat", "mmap", "futex", "epoll_wait", "accept4"))
                .noneMatch(SyscallGroups::isRisky);
    }

    @Test
    void callsAreFoundInTheirGroup() {
        assertThat(SyscallGroups.of("unshare").id()).isEqualTo("namespaces");
        assertThat(SyscallGroups.of("socket").id()).isEqualTo("network");
        assertThat(SyscallGroups.of("init_module").id()).isEqualTo("modules");
        assertThat(SyscallGroups.of("chown32")).isEqualTo(SyscallGroups.OTHER);
        assertThat(SyscallGroups.byId("bpf")).map(SyscallGroup::risky).contains(true);
    }

    @Test
    void groupingKeepsGroupOrderAndPutsUnknownNamesLast() {
        Map<SyscallGroup, List<String>> grouped = SyscallGroups.group(List.of("mount", "chown32", "write", "read"));
        assertThat(grouped.keySet()).extracting(SyscallGroup::id).containsExactly("file-io", "mount", "other");
        assertThat(grouped.get(SyscallGroups.byId("file-io").orElseThrow())).containsExactly("write", "read");
    }
}
