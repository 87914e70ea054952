package dev.drydock.core.image.analyzers.secrets;

import dev.drydock.core.findings.SecretMask;
import dev.drydock.core.image.scan.SecretFact;
import dev.drydock.core.secrets.SecretValues;
import dev.drydock.core.secrets.TokenKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credentials recognised by their shape ({@link TokenKind}) anywhere in a text file. An AWS access key
 * id is reported with the secret access key when one stands within {@value #AWS_PAIR_LINES} lines of
 * it; a secret access key assigned under its usual name is reported on its own too. A private key
 * block is reported by its header: its body is never copied into the evidence.
 */
final class TokenSecrets {

    static final int AWS_PAIR_LINES = 5;

    private static final Pattern AWS_SECRET = Pattern.compile("(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])");
    private static final Pattern AWS_SECRET_ASSIGNMENT = Pattern.compile(
            "(?i)aws_?secret_?(?:access_?)?key[\"']?\\s*[:=]\\s*[\"']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])");

    private TokenSecrets() {
    }

    static List<SecretFact> find(String path, TextFile file) {
        List<SecretFact> facts = new ArrayList<>();
        for (TokenKind.Match match : TokenKind.allIn(file.text())) {
            int line = file.lineOf(match.start());
            facts.add(new SecretFact(match.kind().id(), path, line, evidence(match, file, line)));
        }
        // every match holds "secret" in some ASCII case; most files hold none and need no search
        Matcher assignment = AWS_SECRET_ASSIGNMENT.matcher(file.lowerCase().contains("secret") ? file.text() : "");
        while (assignment.find()) {
            facts.add(new SecretFact("aws-secret-key", path, file.lineOf(assignment.start()),
                    "aws_secret_access_key=" + SecretMask.mask(assignment.group(1))));
        }
        return facts;
    }

    private static String evidence(TokenKind.Match match, TextFile file, int line) {
        if (match.kind() == TokenKind.PRIVATE_KEY) {
            return match.value() + " (key material not shown)";
        }
        String masked = SecretMask.mask(match.value());
        if (match.kind() == TokenKind.AWS_ACCESS_KEY) {
            String secret = nearbyAwsSecret(file, line);
            return secret == null ? masked : masked + " with a secret access key nearby (" + SecretMask.mask(secret) + ")";
        }
        return masked;
    }

    private static String nearbyAwsSecret(TextFile file, int line) {
        String[] lines = file.lines();
        for (int i = Math.max(0, line - 1 - AWS_PAIR_LINES); i < Math.min(lines.length, line + AWS_PAIR_LINES); i++) {
            Matcher matcher = AWS_SECRET.matcher(lines[i]);
            while (matcher.find()) {
                String candidate = matcher.group();
                if (SecretValues.looksLikeCredential(candidate) && candidate.chars().anyMatch(Character::isDigit)) {
                    return candidate;
                }
            }
        }
        return null;
    }
}
