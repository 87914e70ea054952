package dev.drydock.core.findings.suppress;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Why a finding was suppressed, to show in reports and the editor. */
public sealed interface SuppressionReason {

    /** A short sentence for the user, e.g. "ignored by the pragma on line 4". */
    String describe();

    /** A {@code # drydock ignore=…} or {@code # hadolint ignore=…} comment before the instruction. */
    record InlinePragma(int commentLine, Pragma.Tool tool) implements SuppressionReason {
        @Override
        public String describe() {
            return "ignored by the " + tool.name().toLowerCase(java.util.Locale.ROOT) + " pragma on line " + commentLine;
        }
    }

    /** A {@code # drydock global ignore=…} or {@code # hadolint global ignore=…} comment. */
    record GlobalPragma(int commentLine, Pragma.Tool tool) implements SuppressionReason {
        @Override
        public String describe() {
            return "ignored in the whole file by the " + tool.name().toLowerCase(java.util.Locale.ROOT)
                    + " pragma on line " + commentLine;
        }
    }

    /** The configuration ignores the rule or sets its severity to {@code none}. */
    record Configuration(List<Path> configFiles) implements SuppressionReason {
        public Configuration {
            configFiles = List.copyOf(Objects.requireNonNull(configFiles, "configFiles"));
        }

        @Override
        public String describe() {
            return configFiles.isEmpty() ? "ignored by the command line"
                    : "ignored by the configuration (" + configFiles.get(0) + (configFiles.size() > 1 ? ", …)" : ")");
        }
    }
}
