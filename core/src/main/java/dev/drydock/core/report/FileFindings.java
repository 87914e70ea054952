package dev.drydock.core.report;

import dev.drydock.core.findings.Finding;
import java.util.List;
import java.util.Objects;

/**
 * The findings for one checked source, in the order they should be shown: usually a Dockerfile path
 * as the user gave it ({@code -} for standard input); for image or container checks, their name.
 */
public record FileFindings(String file, List<Finding> findings) {

    public FileFindings {
        Objects.requireNonNull(file, "file");
        findings = List.copyOf(findings);
    }
}
