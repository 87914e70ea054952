package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.SourceRange;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.MaintainerInstruction;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

/** DD4000 (Hadolint DL4000): MAINTAINER is deprecated; a label says the same and tools read it. */
public final class MaintainerDeprecated implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD4000", "MAINTAINER is deprecated",
            Severity.ERROR, RuleCategory.MAINTAINABILITY, RuleReferences.none().withHadolint("DL4000"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof MaintainerInstruction maintainer) {
                SourceRange whole = new SourceRange(maintainer.keywordRange().start(), maintainer.name().range().end());
                String label = "LABEL org.opencontainers.image.authors=" + quoted(maintainer.name().value());
                Fix fix = context.fix("Replace MAINTAINER with an authors label", Fix.Safety.SAFE,
                        context.replace(whole, label));
                context.report(maintainer.keywordRange(),
                        "MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors instead", fix);
            }
        }
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
