package dev.drydock.app.cli;

import dev.drydock.core.vuln.Ecosystem;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** {@code --ecosystem}: an ecosystem by its option id ({@code rocky-linux}) or its OSV name ({@code "Rocky Linux"}), in any case. */
final class EcosystemConverter implements ITypeConverter<Ecosystem> {

    @Override
    public Ecosystem convert(String value) {
        String wanted = value.strip();
        for (Ecosystem ecosystem : Ecosystem.values()) {
            if (ecosystem.id().equalsIgnoreCase(wanted) || ecosystem.osvName().equalsIgnoreCase(wanted)) {
                return ecosystem;
            }
        }
        throw new TypeConversionException("expected one of " + choices() + " but was '" + value + "'");
    }

    static String choices() {
        return Arrays.stream(Ecosystem.values()).map(Ecosystem::id).collect(Collectors.joining(", "));
    }
}
