package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.rules.ShellBatchFixCases.fixes;
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

    @Test
    void fixSetsTheShellOnceBeforeTheFirstPipeOfEachStageKeepingIndentation() {
        fixes("DD4006", "FROM debian\n  RUN a | b\nRUN c | d\nFROM alpine:3\nRUN e | f\n",
                "FROM debian\n  SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n  RUN a | b\nRUN c | d\nFROM alpine:3\n"
                        + "SHELL [\"/bin/ash\", \"-o\", \"pipefail\", \"-c\"]\nRUN e | f\n");
        fixes("DD4006", "FROM debian\nRUN a | b\nSHELL [\"/bin/sh\", \"-c\"]\nRUN c | d\n",
                "FROM debian\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN a | b\nSHELL [\"/bin/sh\", \"-c\"]\n"
                        + "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN c | d\n");
    }
}
