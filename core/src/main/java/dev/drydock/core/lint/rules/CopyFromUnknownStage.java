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
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.HashSet;
import java.util.List;
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
                Optional<String> meant = closest(source, earlier);
                String message = "COPY --from=" + source + " names no earlier stage: Docker would pull an image of that name"
                        + meant.map(name -> " (did you mean " + name + "?)").orElse("");
                if (meant.isPresent() && !from.get().value().get().contains("$")) {
                    context.report(from.get().valueRange(), message, context.fix("Copy from stage " + meant.get(),
                            Fix.Safety.NEEDS_REVIEW, context.replace(from.get().valueRange(), meant.get())));
                } else {
                    context.report(from.get().valueRange(), message);
                }
            }
            earlier.add(Integer.toString(stage.index()));
            stage.name().ifPresent(earlier::add);
        }
    }

    /** The one earlier stage name within two typing mistakes of {@code source}, if exactly one is. */
    private static Optional<String> closest(String source, Set<String> earlier) {
        List<String> near = earlier.stream().filter(name -> !name.chars().allMatch(Character::isDigit))
                .filter(name -> editDistance(source, name) <= 2).toList();
        return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
    }

    /** Levenshtein distance, with an adjacent swap counted as one edit. */
    private static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static boolean looksLikeImage(String source) {
        return source.contains(":") || source.contains("/") || source.contains("@");
    }

    private static boolean isEarlierIndex(String source, int current) {
        return source.chars().allMatch(Character::isDigit) && source.length() < 6 && Integer.parseInt(source) < current;
    }
}
