package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.instruction.Flag;
import dev.drydock.core.dockerfile.instruction.FromInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.TextEdit;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.Optional;

/**
 * DD3029 (Hadolint DL3029): a fixed {@code FROM --platform=linux/amd64} forces one platform (and
 * emulation elsewhere) instead of letting the build choose. {@code $BUILDPLATFORM} and
 * {@code $TARGETPLATFORM}, the cross-build idiom, are fine.
 */
public final class FromWithPlatform implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3029", "Do not fix the platform in FROM",
            Severity.WARNING, RuleCategory.RELIABILITY, RuleReferences.none().withHadolint("DL3029"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (!(instruction instanceof FromInstruction from)) {
                continue;
            }
            Optional<Flag> platform = from.flag("platform");
            if (platform.isEmpty() || platform.get().valueOrEmpty().isEmpty() || isBuildPlatformVariable(platform.get().valueOrEmpty())) {
                continue;
            }
            Fix fix = context.fix("Remove --platform", Fix.Safety.NEEDS_REVIEW, removal(context, platform.get()));
            context.report(platform.get().range(), "Do not fix the platform with --platform="
                    + platform.get().valueOrEmpty() + ": let the build choose it (docker build --platform)", fix);
        }
    }

    /** Removes {@code flag} and the blanks after it, so the instruction reads as if it was never there. */
    static TextEdit removal(RuleContext context, Flag flag) {
        String text = context.dockerfile().text();
        int end = flag.range().endOffset();
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return context.replace(context.dockerfile().lines().range(flag.range().startOffset(), end), "");
    }

    private static boolean isBuildPlatformVariable(String value) {
        String name = value.replace("{", "").replace("}", "");
        return name.equals("$BUILDPLATFORM") || name.equals("$TARGETPLATFORM");
    }
}
