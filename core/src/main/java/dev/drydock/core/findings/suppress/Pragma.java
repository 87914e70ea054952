package dev.drydock.core.findings.suppress;

import java.util.List;
import java.util.Objects;

/** An instruction to the linter written in a Dockerfile comment. */
public sealed interface Pragma {

    /** Who the pragma is addressed to: {@code # drydock …} or Hadolint's {@code # hadolint …}. */
    enum Tool { DRYDOCK, HADOLINT }

    /**
     * {@code # drydock ignore=DD001,DD002} (the next instruction) or {@code # drydock global ignore=…}
     * (the whole file). Codes are upper-case and may be Drydock ids or Hadolint codes.
     */
    record Ignore(Tool tool, boolean global, List<String> codes) implements Pragma {
        public Ignore {
            Objects.requireNonNull(tool, "tool");
            codes = List.copyOf(codes);
        }
    }

    /** {@code # hadolint shell=powershell}: the shell that RUN instructions use, for shell checks. */
    record Shell(Tool tool, String shell) implements Pragma {
        public Shell {
            Objects.requireNonNull(tool, "tool");
            Objects.requireNonNull(shell, "shell");
        }
    }
}
