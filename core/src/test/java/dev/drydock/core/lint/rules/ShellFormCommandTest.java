package dev.drydock.core.lint.rules;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.fix.Fix;
import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.findings;
import static dev.drydock.core.lint.RuleCases.passes;
import static org.assertj.core.api.Assertions.assertThat;

class ShellFormCommandTest {

    @Test
    void cases() {
        catches("DD3025", "FROM alpine:3.20\nCMD sleep 1\n");
        catches("DD3025", "FROM alpine:3.20\nENTRYPOINT /docker-entrypoint.sh\n");
        catches("DD3025", "FROM alpine:3.20\nCMD [not json\n");
        catches("DD3025", "FROM alpine:3.20\nCMD echo $HOME && sleep 1\n");
        passes("DD3025", "FROM alpine:3.20\nCMD [\"sleep\", \"1\"]\n");
        passes("DD3025", "FROM alpine:3.20\nENTRYPOINT [\"/docker-entrypoint.sh\"]\n");
        passes("DD3025", "FROM alpine:3.20\nRUN echo shell form is fine for RUN\n");
    }

    @Test
    void plainWordsBecomeJsonSafely() {
        assertThat(fix("FROM alpine:3.20\nCMD nginx -g 'daemon off;'\n").safety()).isEqualTo(Fix.Safety.SAFE);
        assertThat(fix("FROM alpine:3.20\nCMD nginx -g 'daemon off;'\n").edits().get(0).newText())
                .isEqualTo("[\"nginx\", \"-g\", \"daemon off;\"]");
    }

    @Test
    void execIsDroppedAndShellBuiltinsKeepTheShell() {
        assertThat(fix("FROM alpine:3.20\nCMD exec nginx -g 'daemon off;'\n").edits().get(0).newText())
                .isEqualTo("[\"nginx\", \"-g\", \"daemon off;\"]");
        assertThat(fix("FROM alpine:3.20\nCMD cd /srv\n").safety()).isEqualTo(Fix.Safety.NEEDS_REVIEW);
    }

    @Test
    void shellFeaturesKeepTheShellOfTheStageAndNeedReview() {
        Fix fix = fix("FROM alpine:3.20\nSHELL [\"/bin/bash\", \"-c\"]\nCMD exec app --home \"$HOME\"\n");
        assertThat(fix.safety()).isEqualTo(Fix.Safety.NEEDS_REVIEW);
        assertThat(fix.edits().get(0).newText()).isEqualTo("[\"/bin/bash\", \"-c\", \"exec app --home \\\"$HOME\\\"\"]");
    }

    private static Fix fix(String dockerfile) {
        Finding finding = findings("DD3025", dockerfile).get(0);
        return finding.fixes().get(0);
    }
}
