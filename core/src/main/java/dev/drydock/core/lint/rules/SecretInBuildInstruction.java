package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.SourceRange;
import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.dockerfile.instruction.ArgDeclaration;
import dev.drydock.core.dockerfile.instruction.ArgInstruction;
import dev.drydock.core.dockerfile.instruction.EnvInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.KeyValue;
import dev.drydock.core.dockerfile.instruction.LabelInstruction;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.SecretMask;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.TextEdit;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;
import dev.drydock.core.secrets.SecretNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DD5004: a secret written in ENV, ARG or LABEL is kept in the image's configuration and history,
 * readable by anyone who can pull the image. Messages and evidence show it masked.
 */
public final class SecretInBuildInstruction implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD5004", "Do not store secrets in ENV, ARG or LABEL",
            Severity.ERROR, RuleCategory.SECURITY,
            RuleReferences.none().withCisDockerBenchmark("4.10").withNistSp800190("4.1.4"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof EnvInstruction env) {
                List<SourceRange> pairs = env.variables().stream().map(KeyValue::range).toList();
                for (int i = 0; i < pairs.size(); i++) {
                    KeyValue pair = env.variables().get(i);
                    check(context, instruction, "ENV", pair.key().value(), pair.value().value(), pair.value().range(), pairs, i);
                }
            } else if (instruction instanceof ArgInstruction arg) {
                List<SourceRange> declarations = arg.declarations().stream().map(ArgDeclaration::range).toList();
                for (int i = 0; i < declarations.size(); i++) {
                    ArgDeclaration declaration = arg.declarations().get(i);
                    int index = i;
                    declaration.defaultValue().ifPresent(value -> check(context, instruction, "ARG",
                            declaration.name().value(), value.value(), value.range(), declarations, index));
                }
            } else if (instruction instanceof LabelInstruction label) {
                List<SourceRange> pairs = label.labels().stream().map(KeyValue::range).toList();
                for (int i = 0; i < pairs.size(); i++) {
                    KeyValue pair = label.labels().get(i);
                    check(context, instruction, "LABEL", pair.key().value(), pair.value().value(), pair.value().range(), pairs, i);
                }
            }
        }
    }

    private void check(RuleContext context, Instruction instruction, String keyword, String name, String value,
                       SourceRange valueRange, List<SourceRange> items, int index) {
        Optional<String> kind = kindOf(name, value);
        if (kind.isEmpty()) {
            return;
        }
        String masked = SecretMask.mask(value);
        String message = keyword + " " + name + " holds " + kind.get() + " (" + masked + "): it stays readable in the"
                + " image's configuration and history; pass it with a build secret (RUN --mount=type=secret) instead";
        context.reportWithEvidence(valueRange, message, name + "=" + masked, List.of(fix(context, instruction, keyword, name, items, index)));
    }

    /** What kind of secret {@code value} is, by its shape or by the name it is stored under. */
    static Optional<String> kindOf(String name, String value) {
        return SecretNames.describeAssignment(name, value);
    }

    private static Fix fix(RuleContext context, Instruction instruction, String keyword, String name,
                           List<SourceRange> items, int index) {
        List<TextEdit> edits = new ArrayList<>();
        if (keyword.equals("LABEL")) {
            edits.add(items.size() == 1 ? HardeningShell.deleteInstruction(context, instruction) : HardeningShell.deleteItem(items, index));
            return context.fix("Remove the label " + name, Fix.Safety.NEEDS_REVIEW, edits.toArray(TextEdit[]::new));
        }
        String id = name.toLowerCase(Locale.ROOT).replace('_', '-');
        String comment = "# " + name + " is a secret: give it to the container at run time (docker run --env-file, your"
                + " orchestrator's secrets); to the build with `docker build --secret id=" + id + ",env=" + name
                + "` and RUN --mount=type=secret,id=" + id + ",env=" + name;
        if (items.size() == 1) {
            edits.add(context.replace(instruction.range(), comment));
        } else {
            edits.add(context.insertBefore(instruction.range(), comment + "\n"));
            edits.add(HardeningShell.deleteItem(items, index));
        }
        for (RunInstruction run : laterRunsUsing(context, instruction, name)) {
            edits.add(context.insertAfter(run.keywordRange(), " --mount=type=secret,id=" + id + ",env=" + name));
        }
        return context.fix("Move " + name + " to a build secret", Fix.Safety.NEEDS_REVIEW, edits.toArray(TextEdit[]::new));
    }

    /** The RUN instructions after {@code instruction} in its stage whose command mentions {@code $name}. */
    private static List<RunInstruction> laterRunsUsing(RuleContext context, Instruction instruction, String name) {
        Optional<Stage> stage = context.dockerfile().stageOf(instruction);
        if (stage.isEmpty()) {
            return List.of();
        }
        Pattern use = Pattern.compile("\\$(\\{)?" + Pattern.quote(name) + "\\b");
        return stage.get().instructions().stream()
                .filter(i -> i.range().startOffset() > instruction.range().startOffset())
                .filter(RunInstruction.class::isInstance).map(RunInstruction.class::cast)
                .filter(run -> use.matcher(run.arguments()).find())
                .toList();
    }
}
