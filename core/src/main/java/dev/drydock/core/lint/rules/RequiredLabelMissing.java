package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.dockerfile.instruction.CopyInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.KeyValue;
import dev.drydock.core.dockerfile.instruction.LabelInstruction;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * DD3049 (Hadolint DL3049): every label of the configured label schema must be set in each stage that
 * makes an image. A stage inherits the labels of the stage it is built FROM; stages that only feed
 * others (COPY --from, or the base of a later stage) are not reported, like Hadolint.
 */
public final class RequiredLabelMissing implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3049", "Required label is missing",
            Severity.INFO, RuleCategory.MAINTAINABILITY, RuleReferences.none().withHadolint("DL3049"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        if (context.config().requiredLabels().isEmpty()) {
            return;
        }
        Dockerfile dockerfile = context.dockerfile();
        Set<Integer> feeders = feederStages(dockerfile);
        for (Stage stage : dockerfile.stages()) {
            if (feeders.contains(stage.index())) {
                continue;
            }
            Set<String> present = labelsOf(dockerfile, stage, new HashSet<>());
            for (String required : new TreeSet<>(context.config().requiredLabels().keySet())) {
                if (!present.contains(required)) {
                    context.report(stage.from().image().range(), "Label `" + required + "` is missing in this stage: "
                            + "add LABEL " + required + "=…");
                }
            }
        }
    }

    /** The labels a stage sets itself or inherits from an earlier stage it is built on. */
    private static Set<String> labelsOf(Dockerfile dockerfile, Stage stage, Set<Integer> visited) {
        Set<String> labels = new HashSet<>();
        if (!visited.add(stage.index())) {
            return labels;
        }
        baseStage(dockerfile, stage).ifPresent(base -> labels.addAll(labelsOf(dockerfile, base, visited)));
        for (Instruction instruction : stage.instructions()) {
            if (instruction instanceof LabelInstruction label) {
                label.labels().stream().map(KeyValue::key).forEach(key -> labels.add(key.value()));
            }
        }
        return labels;
    }

    private static Optional<Stage> baseStage(Dockerfile dockerfile, Stage stage) {
        return dockerfile.stage(stage.baseImage()).filter(base -> base.index() < stage.index());
    }

    /** The stages other stages copy from or build on. */
    private static Set<Integer> feederStages(Dockerfile dockerfile) {
        Set<Integer> feeders = new HashSet<>();
        for (Stage stage : dockerfile.stages()) {
            baseStage(dockerfile, stage).ifPresent(base -> feeders.add(base.index()));
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof CopyInstruction copy && copy.flag("from").isPresent()) {
                    dockerfile.stage(copy.flag("from").get().valueOrEmpty()).ifPresent(source -> feeders.add(source.index()));
                }
            }
        }
        return feeders;
    }
}
