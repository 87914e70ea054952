package dev.drydock.core.vuln.match;

import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.vuln.osv.OsvRecord;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What matching could not decide, collected once each and worded for the user. */
final class MatchNotes {

    private static final int EXAMPLES = 3;

    private final Set<String> notes = new LinkedHashSet<>();
    private final Map<String, List<String>> skipped = new LinkedHashMap<>();

    void add(String note) {
        notes.add(note);
    }

    /** A package that could not be looked up; notes group packages by reason. */
    void skipped(String reason, PackageFact fact) {
        skipped.computeIfAbsent(reason, key -> new ArrayList<>()).add(fact.name() + " " + fact.version());
    }

    void withdrawn(OsvRecord record, PackageLookup lookup) {
        notes.add(record.id() + " was withdrawn on " + DateTimeFormatter.ISO_LOCAL_DATE.format(
                record.withdrawn().atOffset(ZoneOffset.UTC)) + "; not reported for " + lookup.describe());
    }

    void problems(Set<AffectedRanges.Problem> problems, OsvRecord record, PackageLookup lookup) {
        for (AffectedRanges.Problem problem : problems) {
            switch (problem) {
                case UNORDERABLE_VERSION:
                    notes.add(lookup.describe() + ": the version cannot be ordered as a " + lookup.ecosystem().osvName()
                            + " version; only advisories' explicit version lists were checked");
                    break;
                case UNREADABLE_RANGE:
                    notes.add(record.id() + " has a version range for " + lookup.name()
                            + " that cannot be ordered; that range was not checked");
                    break;
                case GIT_ONLY:
                    notes.add(record.id() + " gives only Git commit ranges for " + lookup.name()
                            + "; they cannot be checked against installed versions");
                    break;
                default:
                    break;
            }
        }
    }

    List<String> all() {
        List<String> all = new ArrayList<>();
        skipped.forEach((reason, packages) -> {
            String examples = String.join(", ", packages.subList(0, Math.min(EXAMPLES, packages.size())));
            all.add(packages.size() + (packages.size() == 1 ? " package" : " packages") + " not matched: " + reason
                    + " (" + examples + (packages.size() > EXAMPLES ? ", …" : "") + ")");
        });
        all.addAll(notes);
        return all;
    }
}
