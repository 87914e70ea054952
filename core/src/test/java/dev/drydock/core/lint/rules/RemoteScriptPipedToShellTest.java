package dev.drydock.core.lint.rules;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.fix.FixApplier;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.findings;
import static dev.drydock.core.lint.RuleCases.passes;
import static org.assertj.core.api.Assertions.assertThat;

class RemoteScriptPipedToShellTest {

    @Test
    void cases() {
        catches("DD5001", "FROM debian\nRUN curl -fsSL https://x.example/i.sh | sh\n");
        catches("DD5001", "FROM debian\nRUN curl -fsSL https://x.example/i.sh | /bin/bash -s -- -y\n");
        catches("DD5001", "FROM debian\nRUN wget -O - https://x.example/i.sh | bash\n");
        catches("DD5001", "FROM debian\nRUN curl -fsSL https://x.example/i.sh \\\n    | sudo -E bash -\n");
        catches("DD5001", "FROM debian\nRUN <<EOF\nset -e\ncurl -fsSL https://x.example/i.sh | sh\nEOF\n");
        catches("DD5001", "FROM debian\nRUN bash <(curl -fsSL https://x.example/i.sh)\n");
        catches("DD5001", "FROM debian\nRUN sudo bash -ec \"$(curl -fsSL https://x.example/i.sh)\"\n");
        catches("DD5001", "FROM debian\nRUN sh -c \"$(wget -qO- https://x.example/i.sh)\"\n");
        catches("DD5001", "FROM debian\nRUN curl -fsSL https://x.example/i.sh | tee /tmp/i.sh | sh\n");
        catches("DD5001", "FROM debian\nARG URL=https://x.example/i.sh\nRUN curl -fsSL $URL | sh\n");
        passes("DD5001", "FROM debian\nRUN curl -fsSL https://x.example/i.sh -o /tmp/i.sh && sh /tmp/i.sh\n");
        passes("DD5001", "FROM debian\nRUN curl -fsSL https://x.example/k.asc | gpg --dearmor -o /k.gpg\n");
        passes("DD5001", "FROM debian\nRUN curl -fsSL https://x.example/a.tgz | tar -xz\n");
        passes("DD5001", "FROM debian\nRUN echo 'curl x | sh'\n");
        passes("DD5001", "FROM debian\nRUN bash ./setup.sh \"$(curl -fsSL https://x.example/version)\"\n");
        passes("DD5001", "FROM mcr.microsoft.com/windows\nSHELL [\"powershell\", \"-Command\"]\nRUN curl x | sh\n");
    }

    @Test
    void theFixRunsTheVerifiedFileWithTheShellsOptionsAndTheScriptsArguments() {
        String dockerfile = "FROM debian\nRUN <<EOF\ncurl -fsSL https://x.example/i.sh | sudo -E bash -s -- -y\nEOF\n";

        assertThat(fixed(dockerfile)).isEqualTo("FROM debian\nRUN <<EOF\ncurl -fsSL https://x.example/i.sh -o /tmp/install.sh"
                + " && echo \"<sha256-of-the-script>  /tmp/install.sh\" > /tmp/install.sh.sha256 && sha256sum -c /tmp/install.sh.sha256"
                + " && sudo -E bash /tmp/install.sh -y && rm -f /tmp/install.sh /tmp/install.sh.sha256\nEOF\n");
    }

    @Test
    void noFixWhereTheReplacementWouldChangeWhatRunsAroundIt() {
        List<Finding> found = findings("DD5001", "FROM debian\nRUN test -f /x || curl -fsSL https://x.example/i.sh | sh\n");

        assertThat(found).singleElement().satisfies(finding -> assertThat(finding.fixes()).isEmpty());
    }

    private static String fixed(String dockerfile) {
        var fix = findings("DD5001", dockerfile).get(0).preferredFix(true).orElseThrow();
        return new FixApplier().apply(dockerfile, fix);
    }
}
