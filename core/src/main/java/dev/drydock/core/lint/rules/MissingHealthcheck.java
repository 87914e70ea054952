package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.dockerfile.instruction.HealthcheckInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.Optional;

/**
 * DD3057 (Hadolint DL3057): without HEALTHCHECK, Docker and orchestrators only know whether the
 * process runs, not whether it serves. Checked on the final stage and the stages it is built from;
 * {@code HEALTHCHECK NONE} is an explicit choice and counts.
 */
public final class MissingHealthcheck implements DockerfileRule {

    /** The scaffold the fix adds; the command is a placeholder to fill in. */
    static final String SCAFFOLD = "HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \\\n"
            + "    CMD [\"<command that exits 0 when the service is healthy>\"]";

    private static final RuleMetadata METADATA = new RuleMetadata("DD3057", "HEALTHCHECK instruction missing",
            Severity.INFO, RuleCategory.RELIABILITY, RuleReferences.none().withHadolint("DL3057")
            .withCisDockerBenchmark("4.6").withNistSp800190("4.1.2"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Dockerfile dockerfile = context.dockerfile();
        Optional<Stage> last = dockerfile.finalStage();
        if (last.isEmpty() || hasHealthcheck(dockerfile, last.get(), 0)) {
            return;
        }
        Stage stage = last.get();
        Instruction end = stage.instructions().isEmpty() ? stage.from() : stage.instructions().get(stage.instructions().size() - 1);
        String scaffold = dockerfile.escapeCharacter() == '\\' ? SCAFFOLD : SCAFFOLD.replace('\\', dockerfile.escapeCharacter());
        Fix fix = context.fix("Add a HEALTHCHECK scaffold", Fix.Safety.NEEDS_REVIEW,
                context.insertAfter(end.range(), StructureLineBreaks.of(dockerfile) + scaffold.replace("\n", StructureLineBreaks.of(dockerfile))));
        context.report(stage.from().keywordRange(),
                "The final image has no HEALTHCHECK: add one so that Docker can tell when the service stops answering", fix);
    }

    private static boolean hasHealthcheck(Dockerfile dockerfile, Stage stage, int depth) {
        if (stage.instructions().stream().anyMatch(HealthcheckInstruction.class::isInstance)) {
            return true;
        }
        Optional<Stage> parent = dockerfile.stages().stream()
                .filter(earlier -> earlier.index() < stage.index() && earlier.name().map(
                        name -> name.equalsIgnoreCase(stage.baseImage())).orElse(false))
                .findFirst();
        return parent.isPresent() && depth < dockerfile.stages().size() && hasHealthcheck(dockerfile, parent.get(), depth + 1);
    }
}
