package dev.drydock.core.image.rules;

import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.findings.SecretMask;
import dev.drydock.core.image.scan.HistoryStep;
import dev.drydock.core.secrets.SecretNames;
import dev.drydock.core.secrets.SecretValues;
import dev.drydock.core.secrets.TokenKind;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DI1005: a history command holds a secret: a credential shape anywhere in it, a build argument or
 * ARG with a secret name, or a RUN that assigns a real-looking value to a secret name. ENV and LABEL
 * steps are left to DI1004. Values are masked.
 */
public final class SecretInHistory implements ImageRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DI1005", "Secret in the image's history",
            Severity.ERROR, RuleCategory.SECURITY,
            RuleReferences.none().withCisDockerBenchmark("4.10").withNistSp800190("4.1.4"));
    private static final Pattern ASSIGNMENT = Pattern.compile("(?<![A-Za-z0-9_.-])([A-Za-z_][A-Za-z0-9_.-]*)=(\"[^\"]*\"|'[^']*'|[^\\s;&|]+)");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(ImageRuleContext context) {
        List<HistoryStep> steps = context.history().steps();
        for (int i = 0; i < steps.size(); i++) {
            String createdBy = steps.get(i).createdBy();
            String instruction = ImageHistory.instruction(createdBy);
            if (instruction.startsWith("ENV ") || instruction.startsWith("LABEL ")) {
                continue;
            }
            int step = i;
            secretIn(createdBy, instruction).ifPresent(found -> context.reportHistory(step, "The history of the image holds " + found[0] + ": docker history"
                            + " --no-trunc shows it to anyone who can pull the image; pass it with a build secret"
                            + " (RUN --mount=type=secret) and revoke it", found[1]));
        }
    }

    /** {description, masked evidence} of the first secret in a step. */
    private static Optional<String[]> secretIn(String createdBy, String instruction) {
        List<TokenKind.Match> tokens = TokenKind.allIn(createdBy);
        if (!tokens.isEmpty()) {
            return Optional.of(new String[] {tokens.get(0).kind().description(), SecretMask.mask(tokens.get(0).value())});
        }
        for (String argument : ImageHistory.buildArguments(createdBy)) {
            Optional<String[]> found = assignment(argument, true);
            if (found.isPresent()) {
                return found;
            }
        }
        Matcher matcher = ASSIGNMENT.matcher(instruction);
        while (matcher.find()) {
            Optional<String[]> found = assignment(matcher.group(), instruction.startsWith("ARG "));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** A secret-named assignment: any literal for build arguments, a real-looking value elsewhere. */
    private static Optional<String[]> assignment(String assignment, boolean argument) {
        int equals = assignment.indexOf('=');
        String name = assignment.substring(0, equals);
        String value = assignment.substring(equals + 1).replaceAll("^[\"']|[\"']$", "");
        boolean secret = argument ? SecretNames.describeAssignment(name, value).isPresent()
                : SecretNames.isSecretName(name) && SecretValues.looksLikeCredential(value);
        return secret ? Optional.of(new String[] {(argument ? "the build argument " : "the variable ") + name,
                name + "=" + SecretMask.mask(value)}) : Optional.empty();
    }
}
