package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.dockerfile.instruction.CopyInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.WorkdirInstruction;
import dev.drydock.core.dockerfile.instruction.Word;
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
 * DD3045 (Hadolint DL3045): COPY to a relative destination lands in the working directory of the base
 * image, which the Dockerfile does not show and which changes with the base image. A stage built
 * FROM an earlier stage that set WORKDIR inherits it.
 */
public final class RelativeCopyWithoutWorkdir implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3045",
            "COPY to a relative destination without WORKDIR set", Severity.WARNING, RuleCategory.RELIABILITY,
            RuleReferences.none().withHadolint("DL3045"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Dockerfile dockerfile = context.dockerfile();
        Set<String> stagesWithWorkdir = new HashSet<>();
        for (Stage stage : dockerfile.stages()) {
            String parent = stage.from().image().value().toLowerCase(Locale.ROOT);
            boolean workdirSet = stagesWithWorkdir.contains(parent);
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof WorkdirInstruction) {
                    workdirSet = true;
                } else if (instruction instanceof CopyInstruction copy && !workdirSet) {
                    Optional<Word> destination = copy.destination();
                    if (destination.isPresent() && !StructurePaths.isAbsoluteOrVariable(destination.get().text())) {
                        context.report(destination.get().range(), "COPY to the relative destination "
                                + destination.get().value() + " without WORKDIR: set WORKDIR or use an absolute path");
                    }
                }
            }
            if (workdirSet) {
                stage.name().ifPresent(stagesWithWorkdir::add);
            }
        }
    }
}
