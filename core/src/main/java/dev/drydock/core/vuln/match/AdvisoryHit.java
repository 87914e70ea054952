package dev.drydock.core.vuln.match;

import dev.drydock.core.vuln.osv.OsvAffected;
import dev.drydock.core.vuln.osv.OsvRecord;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One advisory that affects one installed package: the record, its entries naming the package, and the lookup that found it. */
record AdvisoryHit(OsvRecord record, List<OsvAffected> entries, PackageLookup lookup) {

    AdvisoryHit {
        entries = List.copyOf(entries);
    }

    /** The record's id and aliases, upper-case: two hits with a common name describe the same vulnerability. */
    Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        names.add(record.id().strip().toUpperCase(Locale.ROOT));
        record.aliases().forEach(alias -> names.add(alias.strip().toUpperCase(Locale.ROOT)));
        return names;
    }
}
