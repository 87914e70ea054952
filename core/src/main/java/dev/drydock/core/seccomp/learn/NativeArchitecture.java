package dev.drydock.core.seccomp.learn;

import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.seccomp.syscalls.SyscallTable;

import java.util.Locale;

/** The system call table of the daemon host's architecture, the one learned profiles are written for. */
public final class NativeArchitecture {

    private NativeArchitecture() {
    }

    /** The table of the daemon's architecture ({@code docker info}: x86_64, aarch64 / arm64). */
    public static SyscallTable of(DockerDaemon daemon) {
        return of(daemon.info().architecture());
    }

    public static SyscallTable of(String architecture) {
        String arch = architecture == null ? "" : architecture.strip().toLowerCase(Locale.ROOT);
        String known = switch (arch) {
            case "amd64" -> "x86_64";
            case "arm64" -> "aarch64";
            default -> arch;
        };
        return SyscallTable.all().stream().filter(t -> t.architecture().equals(known)).findFirst()
                .orElseThrow(() -> new LearningException("Drydock has no system call table for the daemon's"
                        + " architecture '" + architecture + "'.", "Learning works on x86_64 and aarch64 hosts."));
    }
}
