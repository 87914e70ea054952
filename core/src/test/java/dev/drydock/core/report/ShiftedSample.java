package dev.drydock.core.report;

import dev.drydock.core.findings.Finding;
import java.util.List;

/** The sample report's first finding, as if a line had been added above it. */
final class ShiftedSample {

    private ShiftedSample() {
    }

    static LintReport shiftedByOneLine() {
        String text = "# added\n" + ReportSamples.DOCKERFILE;
        Finding first = ReportSamples.sample().allFindings().get(0);
        Finding moved = Finding.of(first.ruleId(), first.severity(), first.message(),
                ReportSamples.at("odd dir/Dockerfile", text, "node:latest"));
        return new LintReport("0.1.0-test", List.of(new FileFindings("odd dir/Dockerfile", List.of(moved))), ReportSamples::rule);
    }
}
