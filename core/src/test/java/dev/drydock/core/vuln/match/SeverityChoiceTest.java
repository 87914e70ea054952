package dev.drydock.core.vuln.match;

import dev.drydock.core.vuln.VulnerabilitySeverity;
import dev.drydock.core.vuln.cvss.Cvss;
import dev.drydock.core.vuln.osv.OsvAffected;
import dev.drydock.core.vuln.osv.OsvRecord;
import dev.drydock.core.vuln.osv.OsvSeverity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.drydock.core.vuln.match.TestAdvisory.advisory;
import static org.assertj.core.api.Assertions.assertThat;

class SeverityChoiceTest {

    private static final String V31 = "CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H";
    private static final String V30 = "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    private static final String V40 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";

    private static OsvAffected entry(OsvSeverity... severities) {
        return new OsvAffected("npm", "example-lib", "", List.of(), List.of("1.0.0"), List.of(severities), "");
    }

    @Test
    void theNewestCvssVersionWins() {
        OsvRecord record = advisory("TEST-V4").severity("CVSS_V3", V31).severity("CVSS_V4", V40).build();

        SeverityRating rating = SeverityChoice.of(record, List.of(entry()));

        assertThat(rating.cvss()).isEqualTo(Cvss.parse(V40));
        assertThat(rating.severity()).isEqualTo(Cvss.parse(V40).orElseThrow().severity());
        assertThat(rating.vector()).isEqualTo(V40);
        assertThat(rating.basis()).isEqualTo("CVSS:4.0 vector of TEST-V4");
    }

    @Test
    void v31WinsOverV30() {
        OsvRecord record = advisory("TEST-V3").severity("CVSS_V3", V30).severity("CVSS_V3", V31).build();

        assertThat(SeverityChoice.of(record, List.of(entry())).vector()).isEqualTo(V31);
    }

    @Test
    void thePackagesOwnVectorWinsOverTheRecords() {
        OsvRecord record = advisory("TEST-PACKAGE").severity("CVSS_V4", V40).build();

        SeverityRating rating = SeverityChoice.of(record, List.of(entry(new OsvSeverity("CVSS_V3", V31))));

        assertThat(rating.vector()).isEqualTo(V31);
        assertThat(rating.score()).hasValue(7.2);
    }

    @Test
    void withoutAVectorTheSourceSeverityIsUsed() {
        OsvRecord sourceWord = advisory("TEST-WORD").sourceSeverity("moderate").build();
        OsvRecord ubuntuPriority = advisory("TEST-UBUNTU").severity("Ubuntu", "high").build();
        OsvRecord nothing = advisory("TEST-NONE").severity("CVSS_V3", "not a vector").build();

        assertThat(SeverityChoice.of(sourceWord, List.of(entry())))
                .isEqualTo(new SeverityRating(VulnerabilitySeverity.MEDIUM, java.util.Optional.empty(),
                        "severity given by TEST-WORD"));
        assertThat(SeverityChoice.of(ubuntuPriority, List.of(entry())).severity()).isEqualTo(VulnerabilitySeverity.HIGH);
        assertThat(SeverityChoice.of(nothing, List.of(entry())).severity()).isEqualTo(VulnerabilitySeverity.UNKNOWN);
    }

    @Test
    void mergedAdvisoriesPreferAVectorThenTheNewestVersionThenTheHigherScore() {
        SeverityRating word = SeverityChoice.of(advisory("TEST-A").sourceSeverity("critical").build(), List.of(entry()));
        SeverityRating v30 = SeverityChoice.of(advisory("TEST-B").severity("CVSS_V3", V30).build(), List.of(entry()));
        SeverityRating v31 = SeverityChoice.of(advisory("TEST-C").severity("CVSS_V3", V31).build(), List.of(entry()));

        assertThat(SeverityChoice.best(List.of(word, v30, v31))).isEqualTo(v31);
        assertThat(SeverityChoice.best(List.of(word, SeverityRating.unknown()))).isEqualTo(word);
        assertThat(SeverityChoice.best(List.of())).isEqualTo(SeverityRating.unknown());
    }
}
