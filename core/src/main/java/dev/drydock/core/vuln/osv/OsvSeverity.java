package dev.drydock.core.vuln.osv;

import java.util.Objects;

/**
 * One {@code severity[]} entry.
 *
 * @param type  {@code CVSS_V2}, {@code CVSS_V3}, {@code CVSS_V4}, {@code Ubuntu}…
 * @param score a CVSS vector ({@code CVSS:3.1/AV:N/…}) or the source's word
 */
public record OsvSeverity(String type, String score) {

    public OsvSeverity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(score, "score");
    }
}
