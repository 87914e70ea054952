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

    /**
     * The names of the one vulnerability this advisory describes, upper-case: its id, its aliases, and its
     * upstream CVE when it names exactly one ({@code DEBIAN-CVE-2023-4911}, {@code DSA-5514-1} fixing only
     * {@code CVE-2023-4911}). Two hits sharing a name describe the same vulnerability.
     */
    Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        names.add(upper(record.id()));
        record.aliases().forEach(alias -> names.add(upper(alias)));
        List<String> cves = upstreamCves();
        if (cves.size() == 1) {
            names.add(cves.get(0));
        }
        return names;
    }

    /** An advisory fixing several upstream CVEs at once (a DSA for three CVEs) describes no single vulnerability. */
    boolean coversSeveral() {
        return upstreamCves().size() > 1;
    }

    /** The upstream ids, upper-case. */
    Set<String> upstream() {
        Set<String> ids = new LinkedHashSet<>();
        record.upstream().forEach(id -> ids.add(upper(id)));
        return ids;
    }

    private List<String> upstreamCves() {
        return upstream().stream().filter(id -> id.startsWith("CVE-")).toList();
    }

    private static String upper(String id) {
        return id.strip().toUpperCase(Locale.ROOT);
    }
}
