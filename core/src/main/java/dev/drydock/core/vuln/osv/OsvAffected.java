package dev.drydock.core.vuln.osv;

import java.util.List;
import java.util.Objects;

/**
 * One {@code affected[]} entry: a package in an ecosystem and the versions of it the record affects.
 *
 * @param ecosystem      as written, release included ({@code Debian:12}, {@code Maven})
 * @param purl           the package's Package URL when the record gives one; else empty
 * @param versions       explicit affected versions (matched as exact strings, in addition to the ranges)
 * @param severity       severities given for this package only (they win over the record's)
 * @param sourceSeverity the source's qualitative severity for this package ({@code ecosystem_specific}); may be empty
 */
public record OsvAffected(String ecosystem, String name, String purl, List<OsvRange> ranges, List<String> versions,
                          List<OsvSeverity> severity, String sourceSeverity) {

    public OsvAffected {
        Objects.requireNonNull(ecosystem, "ecosystem");
        Objects.requireNonNull(name, "name");
        purl = purl == null ? "" : purl;
        ranges = List.copyOf(ranges);
        versions = List.copyOf(versions);
        severity = List.copyOf(severity);
        sourceSeverity = sourceSeverity == null ? "" : sourceSeverity;
    }
}
