package dev.drydock.core.vuln.match;

import dev.drydock.core.vuln.osv.OsvAffected;
import dev.drydock.core.vuln.version.SemVerOrdering;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static dev.drydock.core.vuln.match.TestAdvisory.ecosystem;
import static dev.drydock.core.vuln.match.TestAdvisory.entry;
import static dev.drydock.core.vuln.match.TestAdvisory.fixed;
import static dev.drydock.core.vuln.match.TestAdvisory.git;
import static dev.drydock.core.vuln.match.TestAdvisory.introduced;
import static dev.drydock.core.vuln.match.TestAdvisory.lastAffected;
import static dev.drydock.core.vuln.match.TestAdvisory.limit;
import static dev.drydock.core.vuln.match.TestAdvisory.listing;
import static dev.drydock.core.vuln.match.TestAdvisory.semver;
import static org.assertj.core.api.Assertions.assertThat;

/** The OSV schema's evaluation, one case per line: version, affected? */
class AffectedRangesTest {

    private final AffectedRanges ranges = new AffectedRanges(new SemVerOrdering(), new SemVerOrdering());

    private boolean affects(OsvAffected entry, String version) {
        return ranges.evaluate(entry, version).affected();
    }

    @ParameterizedTest(name = "[0, 1.0.2) and [3.0.0, 3.2.5): {0} affected = {1}")
    @CsvSource({"0.0.1, true", "1.0.1, true", "1.0.2, false", "2.9.9, false", "3.0.0, true", "3.2.4, true",
            "3.2.5, false", "4.0.0, false", "1.0.2-rc.1, true"})
    void multipleIntervalsInOneRange(String version, boolean affected) {
        OsvAffected entry = entry("npm", "example", semver(introduced("0"), fixed("1.0.2"), introduced("3.0.0"),
                fixed("3.2.5")));

        assertThat(affects(entry, version)).isEqualTo(affected);
    }

    @ParameterizedTest(name = "events out of order: {0} affected = {1}")
    @CsvSource({"0.9.0, false", "1.0.0, true", "1.9.9, true", "2.0.0, false"})
    void eventsAreWalkedInVersionOrder(String version, boolean affected) {
        OsvAffected entry = entry("npm", "example", semver(fixed("2.0.0"), introduced("1.0.0")));

        assertThat(affects(entry, version)).isEqualTo(affected);
    }

    @ParameterizedTest(name = "last_affected 1.4.0: {0} affected = {1}")
    @CsvSource({"0.9.9, false", "1.0.0, true", "1.4.0, true", "1.4.1, false", "2.0.0, false"})
    void lastAffectedIsIncluded(String version, boolean affected) {
        OsvAffected entry = entry("npm", "example", semver(introduced("1.0.0"), lastAffected("1.4.0")));

        assertThat(affects(entry, version)).isEqualTo(affected);
    }

    @ParameterizedTest(name = "introduced 0, limit 2.0.0: {0} affected = {1}")
    @CsvSource({"0.1.0, true", "1.9.9, true", "2.0.0, false", "3.0.0, false"})
    void limitBoundsTheRange(String version, boolean affected) {
        OsvAffected entry = entry("npm", "example", semver(introduced("0"), limit("2.0.0")));

        assertThat(affects(entry, version)).isEqualTo(affected);
    }

    @ParameterizedTest(name = "limits 1.5.0 and *: {0} affected = {1}")
    @CsvSource({"1.0.0, true", "1.6.0, true", "9.0.0, true"})
    void aStarLimitIsInfinity(String version, boolean affected) {
        OsvAffected entry = entry("npm", "example", semver(introduced("1.0.0"), limit("1.5.0"), limit("*")));

        assertThat(affects(entry, version)).isEqualTo(affected);
    }

    @ParameterizedTest(name = "introduced 0 only: {0} affected = {1}")
    @CsvSource({"0.0.0, true", "99.0.0, true"})
    void introducedZeroWithoutAFixAffectsEverything(String version, boolean affected) {
        assertThat(affects(entry("npm", "example", semver(introduced("0"))), version)).isEqualTo(affected);
    }

    @Test
    void aVersionsListMatchesExactStringsOnly() {
        OsvAffected entry = listing("npm", "example", "1.0.0", "1.0.1");

        assertThat(affects(entry, "1.0.1")).isTrue();
        assertThat(affects(entry, "1.0.2")).isFalse();
        assertThat(affects(entry, "v1.0.1")).isFalse();
    }

    @Test
    void semverRangesTolerateALeadingV() {
        assertThat(affects(entry("Go", "example.com/m", semver(introduced("0"), fixed("1.2.0"))), "v1.1.0")).isTrue();
    }

    @Test
    void anUnorderableVersionIsReportedNotGuessed() {
        AffectedRanges.Verdict verdict = ranges.evaluate(entry("npm", "example", semver(introduced("0"), fixed("2.0.0"))),
                "not-a-version");

        assertThat(verdict.affected()).isFalse();
        assertThat(verdict.problems()).containsExactly(AffectedRanges.Problem.UNORDERABLE_VERSION);
    }

    @Test
    void aRangeWithAnUnreadableEventIsSkipped() {
        AffectedRanges.Verdict verdict = ranges.evaluate(entry("npm", "example",
                semver(introduced("0"), fixed("next-release")), ecosystem(introduced("3.0.0"), fixed("3.1.0"))), "1.0.0");

        assertThat(verdict.affected()).isFalse();
        assertThat(verdict.problems()).containsExactly(AffectedRanges.Problem.UNREADABLE_RANGE);
        assertThat(ranges.evaluate(entry("npm", "example", semver(introduced("0"), fixed("next-release")),
                ecosystem(introduced("3.0.0"), fixed("3.1.0"))), "3.0.5").affected()).isTrue();
    }

    @Test
    void gitRangesAreNotEvaluated() {
        String commit = "a".repeat(40);
        AffectedRanges.Verdict verdict = ranges.evaluate(entry("npm", "example", git(introduced("0"), fixed(commit))),
                "1.0.0");

        assertThat(verdict.affected()).isFalse();
        assertThat(verdict.problems()).containsExactly(AffectedRanges.Problem.GIT_ONLY);
    }

    @Test
    void fixesNewerThanTheInstalledVersionComeFromEveryRange() {
        OsvAffected entry = entry("npm", "example", semver(introduced("0"), fixed("1.0.2"), introduced("3.0.0"),
                fixed("3.2.5")));

        assertThat(ranges.fixesNewerThan(entry, "1.0.0")).containsExactly("1.0.2", "3.2.5");
        assertThat(ranges.fixesNewerThan(entry, "3.1.0")).containsExactly("3.2.5");
    }
}
