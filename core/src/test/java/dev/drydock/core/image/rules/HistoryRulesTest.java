package dev.drydock.core.image.rules;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Location;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.drydock.core.image.rules.ImageRuleCases.findings;
import static dev.drydock.core.image.rules.ScannedImageBuilder.image;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules over the image's history and its ENV and labels. */
class HistoryRulesTest {

    private static final String ROOTFS = "/bin/sh -c #(nop) ADD file:2a949686d9886ac7c10582a6c29116fd29d3077d02755e87e111870d63607725 in / ";

    @Test
    void addInHistoryButNotTheBaseRootFileSystem() {
        List<Finding> found = findings("DI1003", image().baseLayer(ROOTFS)
                .layer("/bin/sh -c #(nop) ADD https://example.org/app.tar.gz /opt/ ").build());
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(new Location.ImageLayerPath("app:1.0", "sha256:" + "0".repeat(63) + "2", "history[1]"));
            assertThat(f.message()).contains("history step 2: ADD https://example.org/app.tar.gz /opt/");
        });
        assertThat(findings("DI1003", image().layer("COPY app /app # buildkit").build())).isEmpty();
    }

    @Test
    void secretsInEnvAndLabelsAreMaskedAndAttributedToTheirStep() {
        List<Finding> found = findings("DI1004", image().baseLayer(ROOTFS)
                .env("PATH=/usr/local/bin:/usr/bin").env("DB_PASSWORD=hunter2").env("GH=ghp_0123456789abcdefghijklmnopqrstuvwxyzAB")
                .env("PASSWORD_FILE=/run/secrets/db").label("deploy.token", "glpat-0123456789abcdefghij")
                .step("/bin/sh -c #(nop)  ENV DB_PASSWORD=hunter2").build());
        assertThat(found).extracting(f -> f.evidence().orElse("")).containsExactlyInAnyOrder(
                "DB_PASSWORD=*******", "GH=ghp_**************************************", "deploy.token=glpa**********************");
        assertThat(found).allSatisfy(f -> assertThat(f.toString()).doesNotContain("hunter2").doesNotContain("abcdefghij"));
        assertThat(found).filteredOn(f -> f.evidence().orElse("").startsWith("DB_")).singleElement()
                .satisfies(f -> assertThat(((Location.ImageLayerPath) f.location()).path()).isEqualTo("history[1]"));
    }

    @Test
    void secretsInHistoryCommandsAndBuildArguments() {
        List<Finding> found = findings("DI1005", image().baseLayer(ROOTFS)
                .layer("|1 NPM_TOKEN=npm_8f3kQ2vX9LmP4tR7 /bin/sh -c npm ci")
                .layer("/bin/sh -c curl -H 'Authorization: token ghp_0123456789abcdefghijklmnopqrstuvwxyzAB' https://x.example/a")
                .layer("RUN /bin/sh -c MYSQL_PASSWORD=Zq8vN3#tY6wLp1sF mysql -e 'select 1' # buildkit")
                .layer("RUN /bin/sh -c echo PASSWORD_FILE=/run/secrets/x # buildkit")
                .step("/bin/sh -c #(nop)  ENV API_KEY=abcdef").build());
        assertThat(found).extracting(f -> f.evidence().orElse("")).containsExactly(
                "NPM_TOKEN=npm_****************", "ghp_**************************************", "MYSQL_PASSWORD=Zq8v************");
        assertThat(found).allSatisfy(f -> assertThat(f.message()).doesNotContain("8f3kQ2").doesNotContain("abcdefghij")
                .doesNotContain("tY6wLp"));
    }

    @Test
    void updateWithoutInstall() {
        assertThat(findings("DI1006", image().layer("/bin/sh -c apt-get update").layer("/bin/sh -c apk update")
                .layer("/bin/sh -c apt-get update && apt-get install -y curl")
                .layer("RUN /bin/sh -c apk update && apk add curl # buildkit").build()))
                .extracting(f -> ((Location.ImageLayerPath) f.location()).path()).containsExactly("history[0]", "history[1]");
    }

    @Test
    void commandsAreShownAsWrittenWithSecretsMasked() {
        assertThat(ImageHistory.instruction("/bin/sh -c #(nop)  ENV A=b")).isEqualTo("ENV A=b");
        assertThat(ImageHistory.instruction("|2 A=1 B=2 /bin/sh -c make")).isEqualTo("RUN make");
        assertThat(ImageHistory.instruction("RUN /bin/sh -c make # buildkit")).isEqualTo("RUN make");
        assertThat(ImageHistory.instruction("COPY . . # buildkit")).isEqualTo("COPY . .");
        assertThat(ImageHistory.masked("ENV DB_PASSWORD=hunter2 HOME=/root")).isEqualTo("ENV DB_PASSWORD=******* HOME=/root");
    }
}
