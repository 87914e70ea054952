package dev.drydock.core.dockerfile.shell;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.dockerfile.instruction.Instruction;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which shell runs shell-form commands; shell rules only understand {@link #POSIX}. */
public enum ShellKind {
    /** sh, bash, ash, dash, zsh, ksh, busybox. */
    POSIX,
    /** Windows PowerShell or PowerShell Core. */
    POWERSHELL,
    /** Windows {@code cmd.exe}. */
    CMD,
    /** Anything else named by SHELL. */
    OTHER;

    public boolean isPosix() {
        return this == POSIX;
    }

    /** The kind of the shell named by a SHELL instruction's executable. */
    public static ShellKind of(List<String> shell) {
        if (shell.isEmpty()) {
            return POSIX;
        }
        String executable = shell.get(0).toLowerCase(Locale.ROOT).replace('\\', '/');
        executable = executable.substring(executable.lastIndexOf('/') + 1);
        if (executable.endsWith(".exe")) {
            executable = executable.substring(0, executable.length() - 4);
        }
        return switch (executable) {
            case "sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "busybox" -> POSIX;
            case "powershell", "pwsh" -> POWERSHELL;
            case "cmd" -> CMD;
            default -> OTHER;
        };
    }

    /**
     * The shell that runs {@code instruction}: the SHELL in effect, else {@code cmd} for a stage built on a
     * Windows base image (Microsoft's {@code windows}, {@code servercore}, {@code nanoserver} images),
     * else a POSIX shell.
     */
    public static ShellKind at(Dockerfile dockerfile, Instruction instruction) {
        Optional<List<String>> shell = dockerfile.shellAt(instruction);
        if (shell.isPresent()) {
            return of(shell.get());
        }
        Optional<Stage> stage = dockerfile.stageOf(instruction);
        if (stage.isPresent()) {
            String base = dockerfile.expand(stage.get().from(), stage.get().from().image().text()).toLowerCase(Locale.ROOT);
            if (base.contains("mcr.microsoft.com/windows") || base.contains("servercore")
                    || base.contains("nanoserver")) {
                return CMD;
            }
        }
        return POSIX;
    }
}
