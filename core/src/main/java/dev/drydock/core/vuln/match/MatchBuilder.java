package dev.drydock.core.vuln.match;

import dev.drydock.core.image.scan.Located;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.vuln.osv.OsvRecord;
import dev.drydock.core.vuln.osv.OsvReference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds one match from the advisories (aliases of one vulnerability) that affect one package. */
final class MatchBuilder {

    private static final int SUMMARY_LENGTH = 120;

    private MatchBuilder() {
    }

    static VulnerabilityMatch build(Located<PackageFact> pkg, boolean inherited, List<AdvisoryHit> group,
                                    Optional<String> fix) {
        List<String> ids = AliasGroups.ids(group);
        List<AdvisoryHit> preferred = AliasGroups.byPreference(group, ids.get(0));
        PackageLookup lookup = preferred.get(0).lookup();
        List<SeverityRating> ratings = new ArrayList<>();
        Map<String, OsvReference> references = new LinkedHashMap<>();
        List<String> advisories = new ArrayList<>();
        for (AdvisoryHit hit : preferred) {
            ratings.add(SeverityChoice.of(hit.record(), hit.entries()));
            hit.record().references().forEach(reference -> references.putIfAbsent(reference.url(), reference));
            advisories.add(hit.record().id());
        }
        return new VulnerabilityMatch(pkg, inherited, lookup.ecosystem(), lookup.name(), lookup.version(), ids.get(0), ids,
                advisories, summary(preferred), SeverityChoice.best(ratings),
                fix.isPresent() ? FixStatus.FIXED : FixStatus.UNFIXED, fix.orElse(""),
                List.copyOf(references.values()), Optional.empty());
    }

    /** The preferred advisory's summary, else the first line of the first details given, shortened. */
    private static String summary(List<AdvisoryHit> preferred) {
        for (AdvisoryHit hit : preferred) {
            if (!hit.record().summary().isBlank()) {
                return hit.record().summary().strip();
            }
        }
        for (AdvisoryHit hit : preferred) {
            OsvRecord record = hit.record();
            String line = record.details().strip().lines().findFirst().orElse("");
            if (!line.isBlank()) {
                return line.length() <= SUMMARY_LENGTH ? line : line.substring(0, SUMMARY_LENGTH - 1) + "…";
            }
        }
        return "";
    }
}
