package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.instruction.FromInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.Word;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.Locale;
import java.util.Set;

/**
 * DD3063 (Hadolint DL3063): {@code scratch} and {@code context} already mean something to the
 * builder (the empty image; a named build context), so a stage called that way is ambiguous.
 */
public final class ReservedStageName implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3063", "Stage name is a reserved word",
            Severity.WARNING, RuleCategory.RELIABILITY, RuleReferences.none().withHadolint("DL3063"));

    private static final Set<String> RESERVED = Set.of("scratch", "context");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof FromInstruction from && from.stageName().isPresent()) {
                Word name = from.stageName().get();
                if (RESERVED.contains(name.value().toLowerCase(Locale.ROOT))) {
                    context.report(name.range(), "The stage name " + name.value()
                            + " is a reserved word of the builder: choose another name");
                }
            }
        }
    }
}
