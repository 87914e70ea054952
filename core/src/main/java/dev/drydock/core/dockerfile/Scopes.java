package dev.drydock.core.dockerfile;

import dev.drydock.core.dockerfile.instruction.ArgDeclaration;
import dev.drydock.core.dockerfile.instruction.ArgInstruction;
import dev.drydock.core.dockerfile.instruction.EnvInstruction;
import dev.drydock.core.dockerfile.instruction.FromInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.KeyValue;
import dev.drydock.core.dockerfile.instruction.ShellInstruction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stages and what each instruction sees, computed in one walk: ARGs before the first FROM are global
 * and visible to FROM lines; inside a stage a global ARG is visible only once re-declared
 * ({@code ARG NAME}); ENV wins over ARG of the same name; a stage built {@code FROM} an earlier stage
 * inherits that stage's ENV and SHELL. Values are expanded when declared, as Docker does.
 */
final class Scopes {

    record Scope(Variables variables, Optional<List<String>> shell, int stage) {
    }

    /** Declared by BuildKit in the global scope, without a value known before the build. */
    private static final List<String> PLATFORM_ARGUMENTS = List.of("BUILDPLATFORM", "BUILDOS", "BUILDARCH",
            "BUILDVARIANT", "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT");

    private final List<Stage> stages = new ArrayList<>();
    private final Map<Instruction, Scope> scopes = new IdentityHashMap<>();
    private final char escape;

    private Scopes(char escape) {
        this.escape = escape;
    }

    static Scopes of(List<Instruction> instructions, char escape, LineIndex lines) {
        Scopes scopes = new Scopes(escape);
        scopes.walk(instructions, lines);
        return scopes;
    }

    List<Stage> stages() {
        return stages;
    }

    Scope scope(Instruction instruction) {
        Scope scope = scopes.get(instruction);
        return scope != null ? scope : new Scope(Variables.NONE, Optional.empty(), -1);
    }

    private void walk(List<Instruction> instructions, LineIndex lines) {
        Variables global = Variables.NONE.with(PLATFORM_ARGUMENTS.stream()
                .map(name -> new Variable(name, Optional.empty(), false, Optional.empty())).toList());
        Variables current = Variables.NONE;
        Optional<List<String>> shell = Optional.empty();
        Map<String, Scope> endOfStage = new HashMap<>();
        FromInstruction from = null;
        List<Instruction> body = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction instanceof FromInstruction next) {
                if (from != null) {
                    closeStage(from, body, lines, new Scope(current, shell, stages.size()), endOfStage);
                    body = new ArrayList<>();
                }
                from = next;
                scopes.put(next, new Scope(global, Optional.empty(), stages.size()));
                String base = VariableExpander.process(next.image().text(), escape, global::lookup)
                        .toLowerCase(java.util.Locale.ROOT);
                Scope parent = endOfStage.get(base);
                current = parent == null ? Variables.NONE : environmentOnly(parent.variables());
                shell = parent == null ? Optional.empty() : parent.shell();
                continue;
            }
            int stage = from == null ? -1 : stages.size();
            scopes.put(instruction, new Scope(from == null ? global : current, shell, stage));
            if (from != null) {
                body.add(instruction);
            }
            if (instruction instanceof ArgInstruction arg) {
                if (from == null) {
                    global = declare(global, global, arg);
                } else {
                    current = declare(current, global, arg);
                }
            } else if (instruction instanceof EnvInstruction env && from != null) {
                current = assign(current, env);
            } else if (instruction instanceof ShellInstruction shellInstruction && from != null) {
                shell = Optional.of(shellInstruction.shellValues());
            }
        }
        if (from != null) {
            closeStage(from, body, lines, new Scope(current, shell, stages.size()), endOfStage);
        }
    }

    private void closeStage(FromInstruction from, List<Instruction> body, LineIndex lines, Scope end,
                            Map<String, Scope> endOfStage) {
        Instruction last = body.isEmpty() ? from : body.get(body.size() - 1);
        Stage stage = new Stage(stages.size(), from, List.copyOf(body),
                lines.range(from.range().startOffset(), last.range().endOffset()));
        stages.add(stage);
        stage.name().ifPresent(name -> endOfStage.put(name, end));
        endOfStage.put(Integer.toString(stage.index()), end);
    }

    private Variables declare(Variables into, Variables global, ArgInstruction arg) {
        Map<String, Variable> declared = new LinkedHashMap<>();
        for (ArgDeclaration declaration : arg.declarations()) {
            String name = declaration.name().value();
            Variable existing = declared.containsKey(name) ? declared.get(name) : into.get(name).orElse(null);
            if (existing != null && existing.environment()) {
                continue;
            }
            Optional<String> value = declaration.defaultValue().map(word -> VariableExpander.process(word.text(), escape,
                    variable -> declared.containsKey(variable) ? declared.get(variable).value().orElse(null)
                            : into.lookup(variable)));
            if (value.isEmpty() && into != global) {
                value = global.value(name);
            }
            declared.put(name, new Variable(name, value, false, Optional.of(arg)));
        }
        return into.with(List.copyOf(declared.values()));
    }

    private Variables assign(Variables into, EnvInstruction env) {
        List<Variable> assigned = new ArrayList<>(env.variables().size());
        for (KeyValue pair : env.variables()) {
            String value = VariableExpander.process(pair.value().text(), escape, into::lookup);
            assigned.add(new Variable(pair.key().value(), Optional.of(value), true, Optional.of(env)));
        }
        return into.with(assigned);
    }

    private static Variables environmentOnly(Variables variables) {
        Map<String, Variable> env = new LinkedHashMap<>();
        variables.asMap().forEach((name, variable) -> {
            if (variable.environment()) {
                env.put(name, variable);
            }
        });
        return new Variables(env);
    }
}
