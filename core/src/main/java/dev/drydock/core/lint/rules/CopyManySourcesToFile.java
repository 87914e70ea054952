package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.instruction.CopyInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.Word;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

/**
 * DD3021 (Hadolint DL3021): COPY of several sources needs a directory as destination, written with a
 * trailing {@code /}; Docker refuses the build otherwise.
 */
public final class CopyManySourcesToFile implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3021",
            "COPY with more than one source needs a destination ending in /", Severity.ERROR, RuleCategory.SYNTAX,
            RuleReferences.none().withHadolint("DL3021"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (!(instruction instanceof CopyInstruction copy) || copy.destination().isEmpty()) {
                continue;
            }
            int sources = copy.sources().size() + copy.heredocs().size();
            Word destination = copy.destination().get();
            if (sources < 2 || destination.value().endsWith("/")) {
                continue;
            }
            String text = destination.text();
            boolean quoted = text.length() >= 2 && (text.endsWith("\"") || text.endsWith("'"));
            int at = destination.range().endOffset() - (quoted ? 1 : 0);
            Fix fix = context.fix("Add / to the destination", Fix.Safety.SAFE,
                    context.insertBefore(context.dockerfile().lines().range(at, at), "/"));
            context.report(destination.range(), "COPY of " + sources + " sources needs a directory: end "
                    + destination.value() + " with /", fix);
        }
    }
}
