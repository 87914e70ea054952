package dev.drydock.core.vuln.advice;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.fix.FixApplier;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.vuln.osv.OsvParser;
import dev.drydock.core.vuln.osv.OsvRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** What the advice tests share: real fixture advisories, applying a fix, and the findings a fix adds. */
final class AdviceChecks {

    /** Rules about package-manager hygiene: an upgrade step must never trigger one. */
    static final List<String> HYGIENE_RULES = List.of(
            "DD3009", // apt lists not deleted
            "DD3014", // apt-get without -y
            "DD3015", // apt-get without --no-install-recommends
            "DD3019", // apk add without --no-cache
            "DD3027", // apt instead of apt-get
            "DD3030", // yum without -y
            "DD3032", // yum clean all
            "DD3038", // dnf without -y
            "DD3040", // dnf clean all
            "DD5010"); // whole-system upgrade

    private AdviceChecks() {
    }

    /** A record under {@code vuln/match/} or {@code vuln/osv/} ({@code "osv/DSA-5523-1"}). */
    static OsvRecord advisory(String path) {
        try (InputStream in = AdviceChecks.class.getResourceAsStream("/vuln/" + path + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture advisory " + path);
            }
            return new OsvParser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String applied(String dockerfile, AdvisedFix advice) {
        return new FixApplier().apply(dockerfile, advice.fix());
    }

    /**
     * The rule ids of the findings {@code after} has beyond those of {@code before}, counted per rule (messages
     * name images and packages, and lines move, so findings are compared by rule only).
     */
    static List<String> newFindings(String before, String after) {
        List<String> old = new ArrayList<>(lint(before).stream().map(Finding::ruleId).toList());
        List<String> added = new ArrayList<>();
        for (Finding finding : lint(after)) {
            if (!old.remove(finding.ruleId())) {
                added.add(finding.ruleId());
            }
        }
        return added;
    }

    private static List<Finding> lint(String text) {
        return DockerfileLinter.standard().lint("Dockerfile", text, LintConfig.defaults()).findings();
    }
}
