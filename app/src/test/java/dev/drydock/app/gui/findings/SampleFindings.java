package dev.drydock.app.gui.findings;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.LineMap;
import dev.drydock.core.findings.Location;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileLinter;

import java.util.List;

/** A small Dockerfile and findings on it, made by hand where a test needs exact control, or by the engine. */
final class SampleFindings {

    static final DockerfileLinter LINTER = DockerfileLinter.standard();

    static final String TEXT = """
            FROM node:latest
            RUN curl -sL https://example.com/install.sh | bash
            WORKDIR app
            MAINTAINER me
            """;

    private SampleFindings() {
    }

    /** A finding of a real rule on the first occurrence of {@code snippet} in {@link #TEXT}. */
    static Finding at(String ruleId, Severity severity, String message, String snippet) {
        return at(TEXT, ruleId, severity, message, snippet);
    }

    static Finding at(String text, String ruleId, Severity severity, String message, String snippet) {
        int start = text.indexOf(snippet);
        if (start < 0) {
            throw new IllegalArgumentException(snippet + " is not in the text");
        }
        return Finding.of(ruleId, severity, message,
                new Location.DockerfileRange("Dockerfile", LineMap.of(text).range(start, start + snippet.length())));
    }

    static final Finding LATEST = at("DD3007", Severity.WARNING, "Pin the base image to a version instead of latest", "latest");
    static final Finding NO_USER = at("DD5005", Severity.WARNING, "The final stage never sets USER", "node:latest");
    static final Finding PIPE_TO_BASH = at("DD5001", Severity.WARNING, "A downloaded script is piped into bash",
            "curl -sL https://example.com/install.sh | bash");
    static final Finding RELATIVE_WORKDIR = at("DD3000", Severity.ERROR, "Use an absolute WORKDIR: app is relative", "app");
    static final Finding MAINTAINER = at("DD4000", Severity.ERROR, "MAINTAINER is deprecated", "MAINTAINER me");
    static final Finding NO_HEALTHCHECK = at("DD3057", Severity.INFO, "The final image has no HEALTHCHECK", "FROM");
    static final Finding LOWERCASE_STYLE = at("DD3059", Severity.STYLE, "A style remark about curl", "curl");

    static List<Finding> handMade() {
        return List.of(LATEST, NO_USER, PIPE_TO_BASH, RELATIVE_WORKDIR, MAINTAINER, NO_HEALTHCHECK, LOWERCASE_STYLE);
    }

    static List<Finding> lint(String text) {
        return LINTER.lint("Dockerfile", text, LintConfig.defaults()).findings();
    }
}
