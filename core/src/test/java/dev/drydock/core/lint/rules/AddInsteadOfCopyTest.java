package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.findings;
import static dev.drydock.core.lint.RuleCases.passes;
import static org.assertj.core.api.Assertions.assertThat;

class AddInsteadOfCopyTest {

    @Test
    void cases() {
        catches("DD3020", "FROM alpine:3.20\nADD app.conf /etc/app/\n");
        catches("DD3020", "FROM alpine:3.20\nADD [\"a b.txt\", \"/srv/\"]\n");
        catches("DD3020", "FROM alpine:3.20\nADD \\\n  app.conf \\\n  /etc/app/\n");
        catches("DD3020", "FROM alpine:3.20\nADD <<EOF /etc/motd\nhello\nEOF\n");
        catches("DD3020", "FROM alpine:3.20\nADD https://example.com/a.txt local.txt /srv/\n");
        passes("DD3020", "FROM alpine:3.20\nADD rootfs.tar.gz /\n");
        passes("DD3020", "FROM alpine:3.20\nADD https://example.com/tool /usr/local/bin/tool\n");
        passes("DD3020", "FROM alpine:3.20\nADD git@github.com:moby/buildkit.git /src\n");
        passes("DD3020", "FROM alpine:3.20\nARG ARCHIVE=app.tgz\nADD ${ARCHIVE} /opt/\n");
        passes("DD3020", "FROM alpine:3.20\nCOPY app.conf /etc/app/\n");
    }

    @Test
    void offersNoFixWhenTheAddAlsoFetchesOrUsesAddOnlyFlags() {
        assertThat(findings("DD3020", "FROM alpine:3.20\nADD https://example.com/a.txt local.txt /srv/\n"))
                .singleElement().satisfies(finding -> assertThat(finding.fixes()).isEmpty());
        assertThat(findings("DD3020", "FROM alpine:3.20\nADD --checksum=sha256:0123 local.txt /srv/\n"))
                .singleElement().satisfies(finding -> assertThat(finding.fixes()).isEmpty());
    }
}
