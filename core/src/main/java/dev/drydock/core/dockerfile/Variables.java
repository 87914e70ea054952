package dev.drydock.core.dockerfile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The build arguments and environment variables visible to one instruction, in declaration order. */
public final class Variables {

    public static final Variables NONE = new Variables(Map.of());

    private final Map<String, Variable> byName;

    Variables(Map<String, Variable> byName) {
        this.byName = byName;
    }

    public Optional<Variable> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The value of {@code name}; empty when it is not declared or declared without a value. */
    public Optional<String> value(String name) {
        Variable variable = byName.get(name);
        return variable == null ? Optional.empty() : variable.value();
    }

    public boolean isDeclared(String name) {
        return byName.containsKey(name);
    }

    public Map<String, Variable> asMap() {
        return Collections.unmodifiableMap(byName);
    }

    /** A copy with {@code variables} added, each replacing the one of the same name. */
    Variables with(List<Variable> variables) {
        if (variables.isEmpty()) {
            return this;
        }
        Map<String, Variable> copy = new LinkedHashMap<>(byName);
        for (Variable variable : variables) {
            copy.put(variable.name(), variable);
        }
        return new Variables(copy);
    }

    /** The value for the expander: {@code null} when unset. */
    String lookup(String name) {
        Variable variable = byName.get(name);
        return variable == null ? null : variable.value().orElse(null);
    }

    @Override
    public String toString() {
        return byName.toString();
    }
}
