package dev.drydock.core.seccomp.learn;

import dev.drydock.core.seccomp.syscalls.SyscallTable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The system calls the container runtime (runc) makes after it loaded the container's filter and before the
 * workload's program runs: every learned profile needs them, whatever the workload does, so learning allows
 * them from the first run (their records would otherwise use up the kernel's log budget of every run).
 * The list is data ({@code runtime-syscalls.txt}, its source named there).
 */
public final class RuntimeSyscalls {

    private static final List<String> NAMES = load();

    private RuntimeSyscalls() {
    }

    /** The runtime's calls that exist on the table's architecture, in file order. */
    public static List<String> on(SyscallTable table) {
        return NAMES.stream().filter(table::contains).toList();
    }

    private static List<String> load() {
        try (InputStream in = Objects.requireNonNull(RuntimeSyscalls.class.getResourceAsStream("runtime-syscalls.txt"),
                "runtime-syscalls.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read runtime-syscalls.txt", e);
        }
    }
}
