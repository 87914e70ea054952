package dev.drydock.core.secrets;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names under which people store secrets: {@code DB_PASSWORD}, {@code api-key}, {@code client.secret},
 * {@code GITHUB_TOKEN}. The name must end in the secret word, so {@code PASSWORD_FILE} or
 * {@code TOKEN_URL} (which point at a secret) are not counted.
 */
public final class SecretNames {

    private static final Pattern SECRET_NAME = Pattern.compile(
            "(^|_)(PASSWORD|PASSWD|PASS|TOKEN|SECRET|SECRET_KEY|API_KEY|APIKEY|PRIVATE_KEY|ACCESS_KEY|CREDENTIALS?)$");

    private SecretNames() {
    }

    /** True when a variable, label, key or property of this name is meant to hold a secret. */
    public static boolean isSecretName(String name) {
        String normalised = name.strip().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        return SECRET_NAME.matcher(normalised).find();
    }

    /**
     * What kind of secret a variable, argument or label holds: by the shape of its value
     * ({@link TokenKind#description()}), else {@code a secret value} when a literal (not empty, not a
     * {@code $reference}) is stored under a secret name; empty when it holds none.
     */
    public static Optional<String> describeAssignment(String name, String value) {
        Optional<TokenKind> token = TokenKind.firstIn(value);
        if (token.isPresent()) {
            return token.map(TokenKind::description);
        }
        boolean literal = !value.isBlank() && !value.startsWith("$");
        return literal && isSecretName(name) ? Optional.of("a secret value") : Optional.empty();
    }
}
