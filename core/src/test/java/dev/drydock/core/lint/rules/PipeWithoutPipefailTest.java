package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class PipeWithoutPipefailTest {

    @Test
    void cases() {
        catches("DD4006", "FROM debian\nRUN curl -fsSL https://example.com/x | sh\n");
        catches("DD4006", "FROM debian\nRUN apt-get update && \\\n    curl x \\\n    | tar -x\n");
        catches("DD4006", "FROM debian\nRUN <<EOF\ncurl x | sh\nEOF\n");
        catches("DD4006", "FROM debian\nSHELL [\"/bin/bash\", \"-c\"]\nRUN curl x | sh\n");
        catches("DD4006", "FROM debian\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nFROM debian\nRUN curl x | sh\n");
        catches("DD4006", "FROM debian\nRUN curl x | sh && set -o pipefail\n");
        passes("DD4006", "FROM debian\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl x | sh\n");
        passes("DD4006", "FROM debian\nSHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]\nRUN curl x | sh\n");
        passes("DD4006", "FROM debian\nRUN set -euxo pipefail; curl x | sh\n");
        passes("DD4006", "FROM debian\nRUN curl x || echo failed\n");
        passes("DD4006", "FROM debian\nRUN echo 'a | b' > /x\n");
        passes("DD4006", "FROM mcr.microsoft.com/windows\nSHELL [\"powershell\", \"-Command\"]\nRUN Get-Item x | Remove-Item\n");
    }
}
