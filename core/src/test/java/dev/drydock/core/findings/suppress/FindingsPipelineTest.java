package dev.drydock.core.findings.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drydock.core.config.ConfigLoader;
import dev.drydock.core.config.LintConfig;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.LineMap;
import dev.drydock.core.findings.Location;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.FixAllResult;
import dev.drydock.core.fix.FixApplier;
import dev.drydock.core.fix.TextEdit;
import dev.drydock.core.fix.UnifiedDiff;
import dev.drydock.core.report.FileFindings;
import dev.drydock.core.report.LintReport;
import dev.drydock.core.report.SarifReport;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The path a lint run takes once rules have spoken, with hand-made findings standing in for rules:
 * config and pragmas decide what is kept, the safe fixes of kept findings are applied together, the
 * diff shows them and the report carries the rest.
 */
class FindingsPipelineTest {

    private static final String FILE = "Dockerfile";
    private static final String TEXT = String.join("\n",
            "FROM debian:12",
            "RUN apt-get install curl",
            "# hadolint ignore=DL3020",
            "ADD app.tar.gz /app",
            "ADD config.json /etc/app/",
            "ENV API_TOKEN=abc",
            "");

    private static final Map<String, RuleMetadata> RULES = Map.of(
            "DD012", rule("DD012", "Pin versions in apt-get install", "DL3008"),
            "DD014", rule("DD014", "Use -y with apt-get install", "DL3014"),
            "DD021", rule("DD021", "Use COPY instead of ADD for files", "DL3020"),
            "DD020", rule("DD020", "Keep secrets out of ENV and ARG", null));
    private static final Function<String, Optional<RuleMetadata>> LOOKUP = id -> Optional.ofNullable(RULES.get(id));

    private static RuleMetadata rule(String id, String title, String hadolint) {
        RuleReferences refs = hadolint == null ? RuleReferences.none() : RuleReferences.none().withHadolint(hadolint);
        return new RuleMetadata(id, title, Severity.WARNING, RuleCategory.RELIABILITY, refs);
    }

    private static Finding finding(String rule, String part, String fixTitle, TextEdit... edits) {
        int start = TEXT.indexOf(part);
        Location location = new Location.DockerfileRange(FILE, LineMap.of(TEXT).range(start, start + part.length()));
        List<Fix> fixes = edits.length == 0 ? List.of() : List.of(Fix.of(fixTitle, Fix.Safety.SAFE, TEXT, List.of(edits)));
        return new Finding(rule, Severity.WARNING, RULES.get(rule).title(), location, Optional.empty(), fixes);
    }

    private static int at(String part) {
        return TEXT.indexOf(part);
    }

    @Test
    void configAndPragmasFilterThenSafeFixesApplyTogether() throws URISyntaxException {
        List<Finding> fromRules = List.of(
                finding("DD012", "apt-get install curl", null),
                finding("DD014", "apt-get install curl", "Add -y", TextEdit.insert(at(" curl"), " -y")),
                finding("DD021", "ADD app.tar.gz /app", "Use COPY", TextEdit.replace(at("ADD app"), at("ADD app") + 3, "COPY")),
                finding("DD021", "ADD config.json /etc/app/", "Use COPY",
                        TextEdit.replace(at("ADD config"), at("ADD config") + 3, "COPY")),
                finding("DD020", "API_TOKEN=abc", null));
        List<PragmaSite> sites = List.of(new PragmaSite("# hadolint ignore=DL3020", 3, 4, 4));
        LintConfig config = new ConfigLoader().load(List.of(Path.of(getClass().getResource("pipeline.drydock.yaml").toURI())));

        SuppressionResult result = Suppressions.apply(fromRules, sites, LOOKUP, config);

        assertThat(result.suppressed()).extracting(s -> s.finding().ruleId() + " " + s.reason().describe()).containsExactly(
                "DD012 ignored by the configuration (" + config.loadedFrom().get(0) + ")",
                "DD021 ignored by the hadolint pragma on line 3");
        assertThat(result.kept()).extracting(f -> f.ruleId() + " " + f.severity().id())
                .containsExactly("DD014 warning", "DD021 warning", "DD020 error");
        assertThat(config.fails(result.kept())).isTrue();

        List<Fix> safeFixes = result.kept().stream().flatMap(f -> f.fixes().stream())
                .filter(fix -> fix.safety() == Fix.Safety.SAFE).toList();
        FixAllResult fixed = new FixApplier().applyAll(TEXT, safeFixes);
        assertThat(fixed.skipped()).isEmpty();
        assertThat(fixed.text()).isEqualTo(String.join("\n",
                "FROM debian:12",
                "RUN apt-get install -y curl",
                "# hadolint ignore=DL3020",
                "ADD app.tar.gz /app",
                "COPY config.json /etc/app/",
                "ENV API_TOKEN=abc",
                ""));
        assertThat(UnifiedDiff.of(FILE, TEXT, fixed.text()))
                .contains("-RUN apt-get install curl\n+RUN apt-get install -y curl\n")
                .contains("-ADD config.json /etc/app/\n+COPY config.json /etc/app/\n");

        String sarif = new SarifReport().render(new LintReport("test", List.of(new FileFindings(FILE, result.kept())), LOOKUP));
        assertThat(sarif).contains("\"ruleId\": \"DD020\"").doesNotContain("\"ruleId\": \"DD012\"");
    }
}
