package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.instruction.EnvInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.KeyValue;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * DD3044 (Hadolint DL3044): in {@code ENV A=1 B=$A}, {@code $A} is the value A had before the
 * statement (usually nothing), not 1. Variables already defined before the statement are not reported:
 * their old value may be what is meant.
 */
public final class EnvSelfReference implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3044",
            "ENV refers to a variable defined in the same statement", Severity.ERROR, RuleCategory.RELIABILITY,
            RuleReferences.none().withHadolint("DL3044"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Dockerfile dockerfile = context.dockerfile();
        for (Instruction instruction : dockerfile.instructions()) {
            if (!(instruction instanceof EnvInstruction env) || env.variables().size() < 2) {
                continue;
            }
            Set<String> definedHere = new HashSet<>();
            List<KeyValue> pairs = env.variables();
            for (int i = 0; i < pairs.size(); i++) {
                KeyValue pair = pairs.get(i);
                Optional<String> reference = StructureVariableReferences.in(pair.value().text()).stream()
                        .filter(definedHere::contains)
                        .filter(name -> !dockerfile.variablesAt(env).isDeclared(name))
                        .findFirst();
                if (reference.isPresent()) {
                    Fix fix = context.fix("Move " + pair.key().value() + " to its own ENV", Fix.Safety.NEEDS_REVIEW,
                            context.replace(dockerfile.lines().range(pairs.get(i - 1).range().endOffset(),
                                    pair.range().startOffset()), StructureLineBreaks.of(dockerfile) + env.keyword() + " "));
                    context.report(pair.value().range(), pair.key().value() + " refers to " + reference.get()
                            + ", which this ENV defines: the value is not visible until the next instruction", fix);
                }
                definedHere.add(pair.key().value());
            }
        }
    }
}
