package dev.drydock.core.vuln.match;

import dev.drydock.core.vuln.osv.OsvAffected;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds fixed versions. The fix of a set of advisories is the smallest {@code fixed} version they list that
 * is newer than the installed one and that none of them affects: for log4j-core 2.10.0 that is 2.12.2 (the
 * backport), for 2.14.1 it is 2.15.0. The same question over all of a package's fixable advisories gives
 * the one upgrade that fixes them all.
 */
final class FixFinder {

    private final AffectedRanges ranges;

    FixFinder(AffectedRanges ranges) {
        this.ranges = ranges;
    }

    /** The smallest version newer than the installed one that none of {@code hits} affects; empty when none is known. */
    Optional<String> smallestFix(List<AdvisoryHit> hits) {
        List<String> candidates = new ArrayList<>();
        for (AdvisoryHit hit : hits) {
            for (OsvAffected entry : hit.entries()) {
                ranges.fixesNewerThan(entry, hit.lookup().version()).stream()
                        .filter(ranges::canOrderFix)
                        .filter(fix -> !candidates.contains(fix))
                        .forEach(candidates::add);
            }
        }
        candidates.sort(ranges.fixOrder());
        return candidates.stream().filter(candidate -> fixesAll(hits, candidate)).findFirst();
    }

    private boolean fixesAll(List<AdvisoryHit> hits, String candidate) {
        for (AdvisoryHit hit : hits) {
            for (OsvAffected entry : hit.entries()) {
                if (ranges.evaluate(entry, candidate).affected()) {
                    return false;
                }
            }
        }
        return true;
    }
}
