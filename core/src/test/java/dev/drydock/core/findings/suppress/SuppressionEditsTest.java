package dev.drydock.core.findings.suppress;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.LineMap;
import dev.drydock.core.findings.Location;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.FixApplier;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.lint.LintResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A suppression inserted as a fix makes exactly its finding go away when the file is linted again. */
class SuppressionEditsTest {

    private static final DockerfileLinter LINTER = DockerfileLinter.standard();
    private static final String TEXT = String.join("\n",
            "# syntax=docker/dockerfile:1",
            "# escape=`",
            "FROM node:latest",
            "WORKDIR /app",
            "    RUN curl -fsSL http://downloads.example/install.sh | bash",
            "RUN apt-get install -y curl",
            "");

    @Test
    void aLinePragmaGoesAboveTheInstructionWithItsIndentAndJustification() {
        String fixed = suppress(TEXT, "DD5001", false, "Vendor script, checked by hand");

        assertThat(fixed).contains(String.join("\n",
                "WORKDIR /app",
                "    # Vendor script, checked by hand",
                "    # drydock ignore=DD5001",
                "    RUN curl"));
        assertOnlyThatFindingWentAway(TEXT, fixed, "DD5001", 5);
    }

    @Test
    void aBlankJustificationAddsOnlyThePragma() {
        String fixed = suppress(TEXT, "DD3015", false, "  ");

        assertThat(fixed).contains("/install.sh | bash\n# drydock ignore=DD3015\nRUN apt-get");
        assertOnlyThatFindingWentAway(TEXT, fixed, "DD3015", 6);
    }

    @Test
    void anExistingPragmaDirectlyAboveGetsTheIdAdded() {
        String text = TEXT.replace("    RUN curl", "    # drydock ignore=DD4006 pipefail is set by the base image\n    RUN curl");

        String fixed = suppress(text, "DD5001", false, "Vendor script");

        assertThat(fixed).contains(String.join("\n",
                "    # Vendor script",
                "    # drydock ignore=DD4006,DD5001 pipefail is set by the base image",
                "    RUN curl"));
        assertOnlyThatFindingWentAway(text, fixed, "DD5001", 6);
    }

    @Test
    void aFilePragmaGoesBelowTheParserDirectivesWhichStayDirectives() {
        String fixed = suppress(TEXT, "DD3007", true, "We track node's latest on purpose");

        assertThat(fixed).startsWith(String.join("\n",
                "# syntax=docker/dockerfile:1",
                "# escape=`",
                "# We track node's latest on purpose",
                "# drydock global ignore=DD3007",
                "FROM node:latest"));
        Dockerfile parsed = Dockerfile.parse(fixed);
        assertThat(parsed.directives()).extracting(directive -> directive.name()).containsExactly("syntax", "escape");
        assertThat(parsed.escapeCharacter()).isEqualTo('`');
        assertOnlyThatFindingWentAway(TEXT, fixed, "DD3007", 3);
    }

    @Test
    void aFilePragmaWithoutDirectivesGoesFirstAndAJustificationNeverBecomesADirective() {
        String text = "FROM node:latest\nRUN apt-get install -y curl\n";

        String fixed = suppress(text, "DD3007", true, "syntax=whatever we like");

        assertThat(fixed).startsWith("# Reason: syntax=whatever we like\n# drydock global ignore=DD3007\nFROM node:latest\n");
        assertThat(Dockerfile.parse(fixed).directives()).isEmpty();
        assertOnlyThatFindingWentAway(text, fixed, "DD3007", 1);
    }

    @Test
    void aSecondFileSuppressionJoinsTheFirstPragma() {
        String once = suppress(TEXT, "DD3007", true, "");
        String twice = suppress(once, "DD3015", true, "");

        assertThat(twice).contains("# escape=`\n# drydock global ignore=DD3007,DD3015\nFROM node:latest");
        assertThat(LINTER.lint("Dockerfile", twice, LintConfig.defaults()).findingsOf("DD3015")).isEmpty();
    }

    @Test
    void suppressingWhatIsSuppressedAlreadyIsRefused() {
        String text = "# drydock ignore=DD3015\nRUN apt-get install -y curl\n";
        Finding finding = Finding.of("DD3015", Severity.INFO, "m",
                new Location.DockerfileRange("Dockerfile", LineMap.of(text).range(24, 27)));

        assertThatThrownBy(() -> SuppressionEdits.onLine(text, finding, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already suppressed");
    }

    @Test
    void windowsLineEndsAreKept() {
        String text = "FROM node:latest\r\nRUN apt-get install -y curl\r\n";

        String fixed = suppress(text, "DD3015", false, "why");

        assertThat(fixed).isEqualTo("FROM node:latest\r\n# why\r\n# drydock ignore=DD3015\r\nRUN apt-get install -y curl\r\n");
    }

    private static String suppress(String text, String ruleId, boolean inFile, String justification) {
        Finding finding = LINTER.lint("Dockerfile", text, LintConfig.defaults()).findingsOf(ruleId).get(0);
        Fix fix = inFile ? SuppressionEdits.inFile(text, finding, justification)
                : SuppressionEdits.onLine(text, finding, justification);
        assertThat(fix.safety()).isEqualTo(Fix.Safety.SAFE);
        assertThat(fix.title()).contains(ruleId);
        return new FixApplier().apply(text, fix);
    }

    /** The finding is now suppressed; every other finding is still there with the same message. */
    private static void assertOnlyThatFindingWentAway(String before, String after, String ruleId, int lineBefore) {
        LintResult was = LINTER.lint("Dockerfile", before, LintConfig.defaults());
        LintResult now = LINTER.lint("Dockerfile", after, LintConfig.defaults());
        assertThat(now.findingsOf(ruleId)).isEmpty();
        assertThat(now.suppressed()).extracting(suppressed -> suppressed.finding().ruleId()).contains(ruleId);
        assertThat(was.findingsOf(ruleId)).extracting(f -> f.textRange().orElseThrow().startLine()).contains(lineBefore);
        assertThat(messages(now.findings())).containsExactlyInAnyOrderElementsOf(
                messages(was.findings().stream().filter(f -> !f.ruleId().equals(ruleId)).toList()));
    }

    private static List<String> messages(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + ": " + f.message()).toList();
    }
}
