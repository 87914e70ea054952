package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;
import static org.assertj.core.api.Assertions.assertThat;

class WorldWritablePermissionsTest {

    @Test
    void cases() {
        catches("DD5008", "FROM debian\nRUN chmod 777 /app\n");
        catches("DD5008", "FROM debian\nRUN chmod -R a+rwx /app\n");
        catches("DD5008", "FROM debian\nRUN chmod u+x,o+w /app\n");
        catches("DD5008", "FROM debian\nRUN chmod 2777 /shared\n");
        catches("DD5008", "FROM debian\nRUN <<EOF\nchmod 666 /etc/app.conf\nEOF\n");
        catches("DD5008", "FROM debian\nADD --chmod=0777 a.sh /a.sh\n");
        passes("DD5008", "FROM debian\nRUN chmod 755 /app && chmod 1777 /tmp && chmod go-w /x\n");
        passes("DD5008", "FROM debian\nRUN chmod +x /app && chmod 775 /group-shared\n");
        passes("DD5008", "FROM debian\nCOPY --chmod=644 a /a\n");
    }

    @Test
    void theFixTakesWriteFromGroupAndOthers() {
        assertThat(WorldWritablePermissions.withoutSharedWrite("777")).isEqualTo("755");
        assertThat(WorldWritablePermissions.withoutSharedWrite("0666")).isEqualTo("0644");
        assertThat(WorldWritablePermissions.withoutSharedWrite("2773")).isEqualTo("2751");
    }
}
