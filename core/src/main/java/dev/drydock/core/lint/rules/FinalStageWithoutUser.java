package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.InstructionKind;
import dev.drydock.core.dockerfile.instruction.UserInstruction;
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
 * DD5005: the final stage (with the stages it builds on) never sets USER, so the container runs as
 * root unless its base image says otherwise. An explicit {@code USER root} last is DD3002's finding.
 */
public final class FinalStageWithoutUser implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD5005", "Run the final image as a non-root user",
            Severity.WARNING, RuleCategory.SECURITY,
            RuleReferences.none().withCisDockerBenchmark("4.1").withNistSp800190("4.1.2"));

    /** Runtime settings that usually close a Dockerfile; the user is added before them. */
    private static final Set<InstructionKind> CLOSING = Set.of(InstructionKind.CMD, InstructionKind.ENTRYPOINT,
            InstructionKind.EXPOSE, InstructionKind.HEALTHCHECK, InstructionKind.STOPSIGNAL, InstructionKind.LABEL);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Dockerfile dockerfile = context.dockerfile();
        Optional<Stage> last = dockerfile.finalStage();
        if (last.isEmpty() || setsUser(dockerfile, last.get(), new HashSet<>())) {
            return;
        }
        Stage stage = last.get();
        String base = baseImage(dockerfile, stage, new HashSet<>()).toLowerCase(Locale.ROOT);
        if (isWindows(base) || base.contains("nonroot") || base.contains("rootless")) {
            return;
        }
        context.report(stage.from().image().range(), "The final stage never sets USER, so the container runs as root:"
                + " add a non-root user and switch to it", fix(context, stage, base));
    }

    /**
     * The id the fix gives the user it adds: numeric in USER, so the runtime (and DD3066) need not
     * resolve a name, and above the range distributions hand out to their own system users.
     */
    static final int UID = 10001;

    private static Fix fix(RuleContext context, Stage stage, String base) {
        String lines;
        if (base.equals("scratch") || base.startsWith("busybox")) {
            lines = "USER 65534:65534";
        } else if (base.contains("distroless")) {
            lines = "USER 65532:65532"; // distroless images' nonroot user
        } else if (base.contains("alpine")) {
            lines = "RUN addgroup -S -g " + UID + " app && adduser -S -u " + UID + " -G app app\nUSER " + UID + ":" + UID;
        } else {
            lines = "RUN groupadd --system --gid " + UID + " app && useradd --system --uid " + UID
                    + " --gid app --no-create-home app\nUSER " + UID + ":" + UID;
        }
        List<Instruction> instructions = stage.instructions();
        int first = instructions.size();
        while (first > 0 && CLOSING.contains(instructions.get(first - 1).kind())) {
            first--;
        }
        Fix.Safety safety = Fix.Safety.NEEDS_REVIEW;
        String title = "Add a non-root user and switch to it";
        if (first < instructions.size()) {
            return context.fix(title, safety, context.insertBefore(instructions.get(first).range(), lines + "\n"));
        }
        Instruction end = instructions.isEmpty() ? stage.from() : instructions.get(instructions.size() - 1);
        return context.fix(title, safety, context.insertAfter(end.range(), "\n" + lines));
    }

    /** Whether the stage, or a stage it is built FROM, sets a USER. */
    private static boolean setsUser(Dockerfile dockerfile, Stage stage, Set<Integer> seen) {
        if (!seen.add(stage.index())) {
            return false;
        }
        if (stage.instructions().stream().anyMatch(UserInstruction.class::isInstance)) {
            return true;
        }
        return parent(dockerfile, stage).map(parent -> setsUser(dockerfile, parent, seen)).orElse(false);
    }

    /** The external image the stage is built on, following stage references. */
    private static String baseImage(Dockerfile dockerfile, Stage stage, Set<Integer> seen) {
        Optional<Stage> parent = seen.add(stage.index()) ? parent(dockerfile, stage) : Optional.empty();
        return parent.map(p -> baseImage(dockerfile, p, seen)).orElseGet(() -> dockerfile.expand(stage.from(), stage.from().image().text()));
    }

    private static Optional<Stage> parent(Dockerfile dockerfile, Stage stage) {
        String image = dockerfile.expand(stage.from(), stage.from().image().text()).toLowerCase(Locale.ROOT);
        return dockerfile.stages().stream()
                .filter(s -> s.index() < stage.index() && s.name().filter(image::equals).isPresent())
                .findFirst();
    }

    private static boolean isWindows(String image) {
        return image.contains("windows") || image.contains("nanoserver") || image.contains("servercore");
    }
}
