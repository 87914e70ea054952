package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.dockerfile.instruction.CopiesFiles;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.Word;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.Locale;
import java.util.Optional;

/**
 * DD5015: {@code COPY . .} in the final stage copies the whole build context (a {@code .git}
 * directory, {@code .env} files, local credentials, unless a {@code .dockerignore} excludes them) into the image.
 */
public final class WholeContextCopiedIntoFinalImage implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD5015", "Do not copy the whole build context into the final image",
            Severity.INFO, RuleCategory.SECURITY, RuleReferences.none().withNistSp800190("4.1.4"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Optional<Stage> last = context.dockerfile().finalStage();
        if (last.isEmpty()) {
            return;
        }
        for (Instruction instruction : last.get().instructions()) {
            if (!(instruction instanceof CopiesFiles copy) || instruction.flag("from").isPresent()) {
                continue;
            }
            for (Word source : copy.sources()) {
                String value = context.dockerfile().expand(instruction, source.text());
                if (value.equals(".") || value.equals("./") || value.equals("*") || value.equals("./*")) {
                    context.report(source.range(), instruction.keyword().toUpperCase(Locale.ROOT) + " " + value
                            + " copies the whole build context into the final image: copy the paths the image needs,"
                            + " and keep a .dockerignore for .git, .env and credentials");
                }
            }
        }
    }
}
