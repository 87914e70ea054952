package dev.drydock.app.cli;

import dev.drydock.core.findings.Severity;
import dev.drydock.core.vuln.VulnerabilitySeverity;
import dev.drydock.core.vuln.match.VulnerabilityFilter;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code drydock scan --severity}: one option for both scales. Image findings are rated error, warning, info,
 * style; vulnerabilities critical, high, medium, low, unknown (and none). The value is a comma-separated list
 * of words from either scale:
 * <ul>
 *   <li>finding words set the least severe image finding shown ({@code warning} shows errors and warnings);</li>
 *   <li>vulnerability words are the set of vulnerability severities shown, as in Trivy ({@code HIGH,CRITICAL});</li>
 *   <li>when only one scale is given, the other follows it: {@code error} shows critical and high
 *       vulnerabilities, {@code warning} adds medium, {@code info} and {@code style} show all; {@code HIGH,CRITICAL}
 *       shows error findings, a list reaching medium adds warnings, one reaching low or unknown adds info.</li>
 * </ul>
 *
 * @param findings        the least severe image finding shown
 * @param vulnerabilities the vulnerability severities shown
 */
record ScanSeverity(Severity findings, Set<VulnerabilitySeverity> vulnerabilities) {

    /** Everything shown: the default. */
    static final ScanSeverity ALL = new ScanSeverity(Severity.STYLE, EnumSet.allOf(VulnerabilitySeverity.class));

    ScanSeverity {
        vulnerabilities = Set.copyOf(vulnerabilities);
    }

    /**
     * Reads {@code error}, {@code HIGH,CRITICAL}, {@code warning,critical}… in any case.
     *
     * @throws IllegalArgumentException naming the word that is on neither scale
     */
    static ScanSeverity parse(String text) {
        Optional<Severity> floor = Optional.empty();
        Set<VulnerabilitySeverity> shown = EnumSet.noneOf(VulnerabilitySeverity.class);
        for (String word : text.split(",")) {
            String w = word.strip().toLowerCase(Locale.ROOT);
            Optional<Severity> finding = w.equals("none") ? Optional.empty() : Severity.parse(w);
            Optional<VulnerabilitySeverity> vulnerability = VulnerabilitySeverity.parse(w);
            if (finding.isPresent()) {
                floor = floor.filter(f -> !finding.get().isAtLeast(f)).or(() -> finding);
            } else if (vulnerability.isPresent()) {
                shown.add(vulnerability.get());
            } else {
                throw new IllegalArgumentException("'" + word.strip() + "' is not a severity: use error, warning, info,"
                        + " style (image findings) or critical, high, medium, low, unknown (vulnerabilities), comma-separated");
            }
        }
        if (floor.isEmpty()) {
            return new ScanSeverity(findingFloorOf(shown), shown);
        }
        return new ScanSeverity(floor.get(), shown.isEmpty() ? vulnerabilitiesAtLeast(floor.get()) : shown);
    }

    boolean shows(Severity finding) {
        return finding.isAtLeast(findings);
    }

    /** The vulnerability filter's severities: empty (all) when every severity is shown. */
    Set<VulnerabilitySeverity> vulnerabilityFilter() {
        return vulnerabilities.containsAll(EnumSet.allOf(VulnerabilitySeverity.class)) ? Set.of() : vulnerabilities;
    }

    VulnerabilityFilter filter() {
        return VulnerabilityFilter.none().withSeverities(vulnerabilityFilter());
    }

    private static Severity findingFloorOf(Set<VulnerabilitySeverity> shown) {
        Severity floor = Severity.ERROR;
        for (VulnerabilitySeverity severity : shown) {
            Severity mapped = severity.findingSeverity();
            floor = mapped.isAtLeast(floor) ? floor : mapped;
        }
        return floor;
    }

    private static Set<VulnerabilitySeverity> vulnerabilitiesAtLeast(Severity floor) {
        if (Severity.INFO.isAtLeast(floor)) {
            return EnumSet.allOf(VulnerabilitySeverity.class);
        }
        Set<VulnerabilitySeverity> shown = EnumSet.noneOf(VulnerabilitySeverity.class);
        for (VulnerabilitySeverity severity : VulnerabilitySeverity.values()) {
            if (severity.findingSeverity().isAtLeast(floor)) {
                shown.add(severity);
            }
        }
        return shown;
    }

    /** The picocli converter: a word on neither scale is a usage error. */
    static final class Converter implements ITypeConverter<ScanSeverity> {
        @Override
        public ScanSeverity convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
