package dev.drydock.core.image.analyzers.secrets;

import dev.drydock.core.secrets.TokenKind;

import java.util.Map;

/** What the kinds of {@link dev.drydock.core.image.scan.SecretFact} this analyzer reports mean, for messages. */
public final class SecretKinds {

    private static final Map<String, String> FILE_KINDS = Map.of(
            "aws-secret-key", "an AWS secret access key",
            "npmrc-token", "an npm registry token",
            "pypirc-password", "a PyPI password",
            "docker-registry-auth", "Docker registry credentials",
            "dotenv-secret", "a secret in a .env file",
            "password-assignment", "a password or secret");

    private SecretKinds() {
    }

    /** {@code aws-access-key} → {@code an AWS access key id}; unknown kinds read as {@code a secret}. */
    public static String describe(String kind) {
        for (TokenKind token : TokenKind.values()) {
            if (token.id().equals(kind)) {
                return token.description();
            }
        }
        return FILE_KINDS.getOrDefault(kind, "a secret");
    }
}
