package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.KeyValue;
import dev.drydock.core.dockerfile.instruction.LabelInstruction;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DD3048 (Hadolint DL3048): label keys follow Docker's guidelines: lower-case letters, digits, dots
 * and dashes, starting with a letter and ending with a letter or digit, no {@code ..} or {@code --},
 * and not in the namespaces Docker reserves ({@code com.docker.}, {@code io.docker.}, {@code org.dockerproject.}).
 */
public final class InvalidLabelKey implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3048", "Invalid label key",
            Severity.STYLE, RuleCategory.MAINTAINABILITY, RuleReferences.none().withHadolint("DL3048"));
    private static final Pattern VALID_KEY = Pattern.compile("[a-z](?:[a-z0-9.-]*[a-z0-9])?");
    private static final String[] RESERVED = {"com.docker.", "io.docker.", "org.dockerproject."};

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (!(instruction instanceof LabelInstruction label)) {
                continue;
            }
            for (KeyValue pair : label.labels()) {
                problem(pair.key().value()).ifPresent(problem -> context.report(pair.key().range(),
                        "Invalid label key `" + pair.key().value() + "`: " + problem));
            }
        }
    }

    static Optional<String> problem(String key) {
        for (String reserved : RESERVED) {
            if (key.startsWith(reserved)) {
                return Optional.of("the namespace " + reserved + " is reserved for Docker");
            }
        }
        if (!VALID_KEY.matcher(key).matches()) {
            return Optional.of("use lower-case letters, digits, dots and dashes, starting with a letter "
                    + "and ending with a letter or digit");
        }
        if (key.contains("..") || key.contains("--")) {
            return Optional.of("do not repeat separators");
        }
        return Optional.empty();
    }
}
