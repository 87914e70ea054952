package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class RemoteScriptPipedToShellTest {

    @Test
    void cases() {
        catches("DD5001", "FROM debian\nRUN curl -fsSL https://x.example/i.sh | sh\n");
        catches("DD5001", "FROM debian\nRUN curl -fsSL https://x.example/i.sh | /bin/bash -s -- -y\n");
        catches("DD5001", "FROM debian\nRUN wget -O - https://x.example/i.sh | bash\n");
        catches("DD5001", "FROM debian\nRUN curl -fsSL https://x.example/i.sh \\\n    | sudo -E bash -\n");
        catches("DD5001", "FROM debian\nRUN <<EOF\nset -e\ncurl -fsSL https://x.example/i.sh | sh\nEOF\n");
        catches("DD5001", "FROM debian\nRUN bash <(curl -fsSL https://x.example/i.sh)\n");
        catches("DD5001", "FROM debian\nRUN sh -c \"$(wget -qO- https://x.example/i.sh)\"\n");
        catches("DD5001", "FROM debian\nRUN curl -fsSL https://x.example/i.sh | tee /tmp/i.sh | sh\n");
        catches("DD5001", "FROM debian\nARG URL=https://x.example/i.sh\nRUN curl -fsSL $URL | sh\n");
        passes("DD5001", "FROM debian\nRUN curl -fsSL https://x.example/i.sh -o /tmp/i.sh && sh /tmp/i.sh\n");
        passes("DD5001", "FROM debian\nRUN curl -fsSL https://x.example/k.asc | gpg --dearmor -o /k.gpg\n");
        passes("DD5001", "FROM debian\nRUN curl -fsSL https://x.example/a.tgz | tar -xz\n");
        passes("DD5001", "FROM debian\nRUN echo 'curl x | sh'\n");
        passes("DD5001", "FROM mcr.microsoft.com/windows\nSHELL [\"powershell\", \"-Command\"]\nRUN curl x | sh\n");
    }
}
