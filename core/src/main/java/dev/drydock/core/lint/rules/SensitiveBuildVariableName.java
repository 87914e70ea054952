package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.instruction.ArgDeclaration;
import dev.drydock.core.dockerfile.instruction.ArgInstruction;
import dev.drydock.core.dockerfile.instruction.EnvInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.KeyValue;
import dev.drydock.core.dockerfile.instruction.OnbuildInstruction;
import dev.drydock.core.dockerfile.instruction.Word;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * DD3064 (Hadolint DL3064): an {@code ARG} or {@code ENV} whose name says it carries a credential
 * ({@code GITHUB_TOKEN}, {@code DB_PASSWORD}…), whatever its value: a build argument's value is
 * recorded in the image history and an ENV's in the image configuration. DD5004 judges the values.
 */
public final class SensitiveBuildVariableName implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3064", "Sensitive name in ARG or ENV",
            Severity.WARNING, RuleCategory.SECURITY, RuleReferences.none().withHadolint("DL3064")
            .withCisDockerBenchmark("4.10").withNistSp800190("4.1.4"));

    /** Well-known names of credentials in CI systems and SDKs. */
    private static final Set<String> KNOWN = Set.of("ACCESS_TOKEN", "APPLICATION_KEY", "APP_SECRET", "AUTH_TOKEN",
            "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "BITTREX_API_KEY", "BITTREX_API_SECRET", "CF_PASSWORD",
            "CF_USERNAME", "CIRCLE_TOKEN", "CI_DEPLOY_PASSWORD", "CI_DEPLOY_USER", "DOCKERHUB_PASSWORD", "DOCKER_EMAIL",
            "DOCKER_PASSWORD", "DOCKER_USERNAME", "FACEBOOK_ACCESS_TOKEN", "FACEBOOK_APP_ID", "FACEBOOK_APP_SECRET",
            "FIREBASE_API_TOKEN", "FIREBASE_TOKEN", "FOSSA_API_KEY", "GH_ENTERPRISE_TOKEN", "GH_TOKEN",
            "GITHUB_ENTERPRISE_TOKEN", "GITHUB_TOKEN", "HEROKU_API_KEY", "HEROKU_API_USER", "NPM_AUTH_TOKEN", "NPM_TOKEN",
            "OKTA_AUTHN_GROUPID", "OKTA_CLIENT_ORGURL", "OKTA_CLIENT_TOKEN", "OKTA_OAUTH2_CLIENTID",
            "OKTA_OAUTH2_CLIENTSECRET", "OPENAI_API_KEY", "OS_PASSWORD", "OS_USERNAME", "POSTGRES_PASSWORD",
            "SLACK_TOKEN", "STRIPE_API_KEY", "STRIPE_DEVICE_NAME", "TRAVIS_OS_NAME", "TRAVIS_SECURE_ENV_VARS",
            "TRAVIS_SUDO", "VAULT_CLIENT_KEY", "VAULT_TOKEN");
    /** Parts of a name that mark a credential, compared in lower case. */
    private static final List<String> PARTS = List.of("api_key", "client_key", "password", "private", "secret",
            "token", "username");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            Instruction checked = instruction instanceof OnbuildInstruction onbuild && onbuild.trigger().isPresent()
                    ? onbuild.trigger().get() : instruction;
            if (checked instanceof ArgInstruction arg) {
                for (ArgDeclaration declaration : arg.declarations()) {
                    check(context, "ARG", declaration.name());
                }
            } else if (checked instanceof EnvInstruction env) {
                for (KeyValue variable : env.variables()) {
                    check(context, "ENV", variable.key());
                }
            }
        }
    }

    private static void check(RuleContext context, String keyword, Word name) {
        if (isSensitive(name.value())) {
            context.report(name.range(), keyword + " " + name.value() + " looks like it carries a credential, which the image"
                    + " keeps (history, configuration): pass it with a build secret (RUN --mount=type=secret) instead");
        }
    }

    static boolean isSensitive(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return KNOWN.contains(name.toUpperCase(Locale.ROOT)) || PARTS.stream().anyMatch(lower::contains);
    }
}
