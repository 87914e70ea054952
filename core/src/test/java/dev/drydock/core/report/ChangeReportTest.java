package dev.drydock.core.report;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.LineMap;
import dev.drydock.core.findings.Location;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.TextEdit;
import dev.drydock.core.lint.LintResult;
import dev.drydock.core.lint.RepeatedFixes;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The Markdown change report of an export: applied fixes with why, what is still open, what was declined. */
class ChangeReportTest {

    private static final String BEFORE = "FROM node:latest\nRUN apt-get install -y curl\nCMD npm start\n";
    private static final String AFTER = "FROM node:20\nRUN apt-get install -y --no-install-recommends curl\nCMD [\"npm\", \"start\"]\n";

    private static final Map<String, RuleMetadata> RULES = Map.of(
            "DD3007", rule("DD3007", "Base image tagged latest", Severity.WARNING, "DL3007"),
            "DD3015", rule("DD3015", "Use --no-install-recommends with apt-get install", Severity.INFO, "DL3015"),
            "DD3025", rule("DD3025", "Use JSON (exec) form for CMD and ENTRYPOINT", Severity.WARNING, "DL3025"),
            "DD5005", rule("DD5005", "Run the final image as a non-root user", Severity.WARNING, null));

    @Test
    void listsEachAppliedFixWithItsRuleAndWhyThenWhatIsOpenAndWhatWasDeclined() {
        String report = ChangeReport.markdown("Dockerfile", LocalDate.of(2025, 3, 14), outcome(), id -> Optional.ofNullable(RULES.get(id)));

        GoldenFiles.assertMatches("change-report.md", report);
        assertThat(report).contains("3 fixes applied, 2 findings still open")
                .contains("Line 2 · DD3015 (Hadolint DL3015): Add --no-install-recommends")
                .contains("needs review (confirmed)")
                .contains("curl=\\<version\\>");
    }

    @Test
    void anUnchangedFileSaysSoWithoutEmptySections() {
        LintResult clean = new LintResult("Dockerfile", Dockerfile.parse(AFTER), List.of(), List.of());
        RepeatedFixes.Outcome nothing = new RepeatedFixes.Outcome(AFTER, AFTER, List.of(), List.of(), clean);

        String report = ChangeReport.markdown("Dockerfile", LocalDate.of(2025, 3, 14), nothing, id -> Optional.empty());

        assertThat(report).isEqualTo("# Changes to Dockerfile\n\nHardened by Drydock on 2025-03-14: 0 fixes applied, 0 findings still open.\n");
    }

    @Test
    void markdownInMessagesIsShownAsWritten() {
        assertThat(ChangeReport.inline("use *only* <this>\nor `that` | [x]")).isEqualTo("use \\*only\\* \\<this\\> or \\`that\\` \\| \\[x\\]");
    }

    private static RepeatedFixes.Outcome outcome() {
        Finding latest = finding("DD3007", Severity.WARNING, "Pin the base image to a version instead of latest: node:latest", BEFORE, 5, 16);
        Finding recommends = finding("DD3015", Severity.INFO, "apt-get installs recommended packages too: add --no-install-recommends",
                BEFORE, 17, 43);
        Finding shellForm = finding("DD3025", Severity.WARNING, "Use JSON form for CMD ([\"program\", \"arg\"]) so that the program receives signals",
                BEFORE, 45, 58);
        Finding root = finding("DD5005", Severity.WARNING, "The final stage never sets USER, so the container runs as root", AFTER, 0, 4);
        Finding pin = finding("DD3008", Severity.WARNING, "Pin the version of curl: apt-get install curl=<version>", AFTER, 13, 60);
        List<RepeatedFixes.AppliedFix> applied = List.of(
                new RepeatedFixes.AppliedFix(recommends, fix("Add --no-install-recommends", Fix.Safety.SAFE)),
                new RepeatedFixes.AppliedFix(shellForm, fix("Convert to JSON form", Fix.Safety.SAFE)),
                new RepeatedFixes.AppliedFix(latest, fix("Pin to a version (placeholder to fill in)", Fix.Safety.NEEDS_REVIEW)));
        List<RepeatedFixes.DeclinedFix> declined = List.of(
                new RepeatedFixes.DeclinedFix(root, fix("Add a non-root user and switch to it", Fix.Safety.NEEDS_REVIEW)));
        LintResult remaining = new LintResult("Dockerfile", Dockerfile.parse(AFTER), List.of(root, pin), List.of());
        return new RepeatedFixes.Outcome(BEFORE, AFTER, applied, declined, remaining);
    }

    private static Finding finding(String id, Severity severity, String message, String text, int start, int end) {
        return Finding.of(id, severity, message, new Location.DockerfileRange("Dockerfile", LineMap.of(text).range(start, end)));
    }

    private static Fix fix(String title, Fix.Safety safety) {
        return Fix.of(title, safety, BEFORE, List.of(TextEdit.insert(0, "x")));
    }

    private static RuleMetadata rule(String id, String title, Severity severity, String hadolint) {
        RuleReferences references = hadolint == null ? RuleReferences.none() : RuleReferences.none().withHadolint(hadolint);
        return new RuleMetadata(id, title, severity, RuleCategory.SECURITY, references);
    }
}
