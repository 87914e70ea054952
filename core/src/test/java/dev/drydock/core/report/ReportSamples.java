package dev.drydock.core.report;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.LineMap;
import dev.drydock.core.findings.Location;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.SecretMask;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.TextEdit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One report used by every exporter's golden test: several files, every location kind, fixes, hostile text. */
final class ReportSamples {

    static final String DOCKERFILE = """
            FROM node:latest
            RUN apt-get install curl
            ENV AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
            LABEL description="<script>alert('x')</script> & ]]>"
            """;

    static final RuleMetadata PIN_BASE = new RuleMetadata("DD010", "Pin the base image version", Severity.WARNING,
            RuleCategory.SUPPLY_CHAIN, RuleReferences.none().withHadolint("DL3007").withNistSp800190("4.2.2"));
    static final RuleMetadata PIN_APT = new RuleMetadata("DD012", "Pin versions in apt-get install", Severity.WARNING,
            RuleCategory.SUPPLY_CHAIN, RuleReferences.none().withHadolint("DL3008"));
    static final RuleMetadata SECRET_ENV = new RuleMetadata("DD020", "Keep secrets out of ENV and ARG", Severity.ERROR,
            RuleCategory.SECURITY, RuleReferences.none().withCisDockerBenchmark("4.10").withNistSp800190("4.1.4")
                    .withTrivy("DS031"));
    static final RuleMetadata HOSTILE = new RuleMetadata("DD030", "Label values are plain text", Severity.STYLE,
            RuleCategory.MAINTAINABILITY, RuleReferences.none());
    static final RuleMetadata PRIVILEGED = new RuleMetadata("DD101", "Do not run privileged containers", Severity.ERROR,
            RuleCategory.SECURITY, RuleReferences.none().withCisDockerBenchmark("5.4"));

    private static final Map<String, RuleMetadata> RULES = Map.of(
            "DD010", PIN_BASE, "DD012", PIN_APT, "DD020", SECRET_ENV, "DD030", HOSTILE, "DD101", PRIVILEGED);

    private ReportSamples() {
    }

    static Optional<RuleMetadata> rule(String id) {
        return Optional.ofNullable(RULES.get(id));
    }

    static Location.DockerfileRange at(String file, String text, String part) {
        int start = text.indexOf(part);
        return new Location.DockerfileRange(file, LineMap.of(text).range(start, start + part.length()));
    }

    static LintReport sample() {
        String file = "odd dir/Dockerfile";
        String d = DOCKERFILE;
        int tag = d.indexOf("latest");
        int curl = d.indexOf(" curl");
        Finding latest = new Finding("DD010", Severity.WARNING, "Pin node to a version instead of 'latest'.",
                at(file, d, "node:latest"), Optional.empty(),
                List.of(Fix.of("Pin node to a version placeholder", Fix.Safety.NEEDS_REVIEW, d,
                        List.of(TextEdit.replace(tag, tag + 6, "<version>")))));
        Finding apt = new Finding("DD012", Severity.WARNING, "Pin versions in apt-get install: curl.",
                at(file, d, "apt-get install curl"), Optional.empty(),
                List.of(Fix.of("Add --no-install-recommends and -y", Fix.Safety.SAFE, d,
                        List.of(TextEdit.insert(curl, " --no-install-recommends"), TextEdit.insert(curl, " -y")))));
        String key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        Finding secret = Finding.of("DD020", Severity.ERROR, "ENV AWS_SECRET_ACCESS_KEY holds an AWS secret key.",
                at(file, d, "AWS_SECRET_ACCESS_KEY=" + key)).withEvidence("AWS_SECRET_ACCESS_KEY=" + SecretMask.mask(key));
        Finding hostile = Finding.of("DD030", Severity.STYLE,
                "Label description contains <script>alert('x')</script> & ]]> \"quoted\" \u0001\u001b[31mred",
                at(file, d, "description=\"<script>alert('x')</script> & ]]>\""));
        Finding shellcheck = Finding.of("SC2086", Severity.INFO, "Double quote to prevent globbing and word splitting.",
                at(file, d, "curl"));
        Finding privileged = Finding.of("DD101", Severity.ERROR, "Container web runs privileged.",
                new Location.ContainerField("web", "HostConfig.Privileged"));
        return new LintReport("0.1.0-test", List.of(
                new FileFindings(file, List.of(latest, apt, secret, hostile, shellcheck)),
                new FileFindings("clean/Dockerfile", List.of()),
                new FileFindings("container web", List.of(privileged))),
                ReportSamples::rule);
    }

    static LintReport empty() {
        return new LintReport("0.1.0-test", List.of(new FileFindings("Dockerfile", List.of())), ReportSamples::rule);
    }
}
