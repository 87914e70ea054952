package dev.drydock.core.image.analyzers.secrets;

import dev.drydock.core.image.analyzers.RecordingFactSink;
import dev.drydock.core.image.scan.EntryType;
import dev.drydock.core.image.scan.LayerEntry;
import dev.drydock.core.image.scan.SecretFact;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.drydock.core.image.analyzers.RecordingFactSink.analyze;
import static dev.drydock.core.image.analyzers.RecordingFactSink.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SecretsAnalyzerTest {

    private final SecretsAnalyzer analyzer = new SecretsAnalyzer();

    private List<SecretFact> secretsIn(String path, String fixture) {
        return analyze(analyzer, path, 0600, resource(getClass(), fixture)).secrets;
    }

    @Test
    void awsAccessKeyWithItsSecretNearby() {
        assertThat(secretsIn("root/.aws/credentials", "aws-credentials"))
                .extracting(SecretFact::kind, SecretFact::line, SecretFact::maskedEvidence)
                .containsExactly(
                        tuple("aws-access-key", 2, "AKIA**************** with a secret access key nearby (wJal************************************)"),
                        tuple("aws-secret-key", 3, "aws_secret_access_key=wJal************************************"));
    }

    @Test
    void awsSecretAssignmentInAnyCase() {
        byte[] env = "export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(analyze(analyzer, "app/deploy.conf", 0644, env).secrets)
                .extracting(SecretFact::kind, SecretFact::line)
                .contains(tuple("aws-secret-key", 1));
    }

    @Test
    void privateKeysByTheirHeaderWithoutTheirBody() {
        assertThat(secretsIn("root/.ssh/id_ed25519", "id_ed25519")).singleElement().satisfies(fact -> {
            assertThat(fact.kind()).isEqualTo("private-key");
            assertThat(fact.maskedEvidence()).isEqualTo("-----BEGIN OPENSSH PRIVATE KEY----- (key material not shown)");
        });
        assertThat(secretsIn("etc/ssl/private/server.key", "server.key")).extracting(SecretFact::kind).containsExactly("private-key");
    }

    @Test
    void tokensByShape() {
        String text = """
                GITHUB=ghp_0123456789abcdefghijklmnopqrstuvwxyzAB
                fine_grained: github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz
                gitlab glpat-0123456789abcdefghij
                hook xoxb-1234567890-abcdefghijkl
                stripe rk_live_4eC39HqLyjWDarjtT1zdp7dc
                Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkcnlkb2NrIn0.c2lnbmF0dXJlLWZha2U
                """;
        assertThat(analyze(analyzer, "app/notes.txt", text).secrets).extracting(SecretFact::kind, SecretFact::line)
                .containsExactly(tuple("github-token", 1), tuple("github-token", 2), tuple("gitlab-token", 3),
                        tuple("slack-token", 4), tuple("stripe-key", 5), tuple("jwt", 6));
    }

    @Test
    void npmrcTokenButNotAReference() {
        assertThat(secretsIn("root/.npmrc", "npmrc")).extracting(SecretFact::kind, SecretFact::line, SecretFact::maskedEvidence)
                .containsExactly(tuple("npmrc-token", 2, "//registry.example.org/:_authToken=npm_************************************"));
    }

    @Test
    void pypircPasswordButNotAPlaceholder() {
        assertThat(secretsIn("home/deploy/.pypirc", "pypirc")).extracting(SecretFact::kind, SecretFact::line)
                .containsExactly(tuple("pypirc-password", 8));
        assertThat(secretsIn("home/deploy/.pypirc", "pypirc").get(0).maskedEvidence()).startsWith("[pypi] password=pypi***");
    }

    @Test
    void dockerRegistryAuth() {
        assertThat(secretsIn("root/.docker/config.json", "docker-config.json"))
                .extracting(SecretFact::kind, SecretFact::line, SecretFact::maskedEvidence)
                .containsExactly(tuple("docker-registry-auth", 4, "auths.registry.example.com.auth=ZHJ5********************************"));
    }

    @Test
    void dotenvSecretsButNotReferencesOrPlaceholders() {
        assertThat(secretsIn("app/.env", "dotenv")).extracting(SecretFact::kind, SecretFact::line)
                .containsExactly(tuple("dotenv-secret", 3), tuple("stripe-key", 4));
        // a template is not read as a credential file, but real-looking values in it still count
        assertThat(secretsIn("app/.env.example", "dotenv")).extracting(SecretFact::kind)
                .containsExactly("password-assignment", "stripe-key");
    }

    @Test
    void genericAssignmentsOnlyWhenTheValueLooksReal() {
        assertThat(secretsIn("app/config/application.properties", "application.properties"))
                .extracting(SecretFact::kind, SecretFact::line, SecretFact::maskedEvidence)
                .containsExactly(
                        tuple("password-assignment", 3, "spring.datasource.password=Zq8v************"),
                        tuple("google-api-key", 8, "AIza***********************************"));
    }

    @Test
    void genericAssignmentsInYamlAndJson() {
        String yaml = "db:\n  password: \"Tq7#vB2mW9xK\"\n  user: app\nclient_secret: getSecret()\napi_key: short\n";
        assertThat(analyze(analyzer, "srv/app.yaml", yaml).secrets).extracting(SecretFact::line).containsExactly(2);
        String json = "{\"client_secret\": \"9fK2mQ7xT4vB8nL1\", \"token_url\": \"https://auth.example/token\"}";
        assertThat(analyze(analyzer, "srv/app.json", json).secrets).extracting(SecretFact::maskedEvidence)
                .containsExactly("client_secret=9fK2************");
    }

    @Test
    void noClearValueEverLeavesTheAnalyzer() {
        List<String> clear = List.of("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                "ZHJ5ZG9jazpzM2NyM3QtVDBrZW4tMjAyNA==", "Xk9#mQ2!vL7pR4", "Zq8vN3#tY6wLp1sF", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmU");
        for (String[] file : new String[][] {{"root/.aws/credentials", "aws-credentials"}, {"root/.docker/config.json", "docker-config.json"},
                {"app/.env", "dotenv"}, {"app/application.properties", "application.properties"}, {"root/.ssh/id_ed25519", "id_ed25519"}}) {
            assertThat(secretsIn(file[0], file[1])).isNotEmpty().allSatisfy(fact ->
                    clear.forEach(value -> assertThat(fact.toString()).doesNotContain(value)));
        }
    }

    @Test
    void binariesAreSkippedByTheirFirstBlock() {
        byte[] elf = ("\u007fELF\u0002\u0001\u0001\u0000\u0000AKIAIOSFODNN7EXAMPLE").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(analyze(analyzer, "usr/local/bin/tool", 0755, elf).secrets).isEmpty();
    }

    @Test
    void readsTheAuthorsFilesAndSkipsDistributionAndLibraryNoise() {
        assertThat(wants("app/config.yml", 100)).isTrue();
        assertThat(wants("root/.docker/config.json", 100)).isTrue();
        assertThat(wants("app/data.json", SecretScanScope.MAX_BYTES + 1)).isFalse();
        assertThat(wants("usr/share/doc/openssl/README", 100)).isFalse();
        assertThat(wants("etc/ssl/certs/ca-certificates.crt", 100)).isFalse();
        assertThat(wants("app/static/logo.png", 100)).isFalse();
        assertThat(wants("usr/lib/x86_64-linux-gnu/libssl.so.3", 100)).isFalse();
        assertThat(wants("app/node_modules/jsonwebtoken/test/keys/priv.pem", 100)).isFalse();
        assertThat(wants("usr/lib/python3/dist-packages/cryptography/tests/key.pem", 100)).isFalse();
        assertThat(wants("usr/lib/python3.11/test/keycert.pem", 100)).isFalse();
        assertThat(wants("app/node_modules/left-pad/index.js", 100)).isTrue();
        assertThat(wants("app/tests/config.yml", 100)).isTrue();
    }

    private boolean wants(String path, long size) {
        return analyzer.wants(new LayerEntry(path, EntryType.FILE, size, 0644, 0, 0, ""));
    }
}
