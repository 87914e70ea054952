package dev.drydock.app.gui.editor;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.LineMap;
import dev.drydock.core.findings.Location;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;

import java.util.List;
import java.util.Optional;

/** Findings for editor tests, on the exact text given. */
final class Findings {

    private Findings() {
    }

    static Finding at(String text, String ruleId, Severity severity, int start, int end, Fix... fixes) {
        Location location = new Location.DockerfileRange("Dockerfile", LineMap.of(text).range(start, end));
        return new Finding(ruleId, severity, "Message of " + ruleId, location, Optional.empty(), List.of(fixes));
    }

    /** A finding on the first occurrence of {@code part} in {@code text}. */
    static Finding on(String text, String part, String ruleId, Severity severity, Fix... fixes) {
        int start = text.indexOf(part);
        return at(text, ruleId, severity, start, start + part.length(), fixes);
    }
}
