package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.WorkdirInstruction;
import dev.drydock.core.dockerfile.instruction.Word;
import dev.drydock.core.dockerfile.shell.ShellKind;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

/**
 * DD3000 (Hadolint DL3000): a relative WORKDIR is relative to the previous one, which may come from
 * the base image; where the files end up then depends on something the Dockerfile does not show.
 */
public final class RelativeWorkdir implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3000", "Use an absolute WORKDIR",
            Severity.ERROR, RuleCategory.RELIABILITY, RuleReferences.none().withHadolint("DL3000"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Dockerfile dockerfile = context.dockerfile();
        for (Stage stage : dockerfile.stages()) {
            String current = null; // the stage's working directory when this Dockerfile shows it
            for (Instruction instruction : stage.instructions()) {
                if (!(instruction instanceof WorkdirInstruction workdir)) {
                    continue;
                }
                Word path = workdir.path();
                String value = path.value();
                if (StructurePaths.isAbsoluteOrVariable(path.text())) {
                    current = value.startsWith("$") ? null : StructurePaths.resolve("/", value);
                    continue;
                }
                String base = current == null ? "/" : current;
                String absolute = StructurePaths.resolve(base, value);
                String where = current == null ? "the base image's working directory (/ unless it sets one)" : base;
                if (!ShellKind.at(dockerfile, workdir).isPosix() || value.contains("\\")) {
                    context.report(path.range(), "Use an absolute WORKDIR: " + value + " is relative to the previous one");
                    current = null;
                    continue; // a Windows image: the absolute form is for the user to write
                }
                Fix fix = context.fix("Make WORKDIR absolute: " + absolute, Fix.Safety.NEEDS_REVIEW,
                        context.replace(path.range(), absolute));
                context.report(path.range(), "Use an absolute WORKDIR: " + value + " is relative to " + where, fix);
                current = current == null ? null : absolute;
            }
        }
    }
}
