package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.dockerfile.instruction.CopyInstruction;
import dev.drydock.core.dockerfile.instruction.Flag;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * DD3022 (Hadolint DL3022): {@code COPY --from=name} where no earlier stage is called {@code name}.
 * Docker then pulls an image of that name instead, which is almost always a typo or a stage defined
 * later. Stage indexes of earlier stages and explicit image references ({@code nginx:1.27},
 * {@code ghcr.io/x/y}) are fine.
 */
public final class CopyFromUnknownStage implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3022",
            "COPY --from should name an earlier stage", Severity.WARNING, RuleCategory.RELIABILITY,
            RuleReferences.none().withHadolint("DL3022"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Dockerfile dockerfile = context.dockerfile();
        Set<String> earlier = new HashSet<>();
        for (Stage stage : dockerfile.stages()) {
            for (Instruction instruction : stage.instructions()) {
                if (!(instruction instanceof CopyInstruction copy)) {
                    continue;
                }
                Optional<Flag> from = copy.flag("from");
                if (from.isEmpty() || from.get().value().isEmpty()) {
                    continue;
                }
                String source = dockerfile.expand(copy, from.get().value().get()).toLowerCase(Locale.ROOT);
                if (source.isEmpty() || source.contains("$") || earlier.contains(source) || looksLikeImage(source)
                        || isEarlierIndex(source, stage.index())) {
                    continue;
                }
                context.report(from.get().valueRange(), "COPY --from=" + source
                        + " names no earlier stage: Docker would pull an image of that name");
            }
            earlier.add(Integer.toString(stage.index()));
            stage.name().ifPresent(earlier::add);
        }
    }

    private static boolean looksLikeImage(String source) {
        return source.contains(":") || source.contains("/") || source.contains("@");
    }

    private static boolean isEarlierIndex(String source, int current) {
        return source.chars().allMatch(Character::isDigit) && source.length() < 6 && Integer.parseInt(source) < current;
    }
}
