package dev.drydock.core.vuln.match;

import dev.drydock.core.vuln.AdvisorySource;
import dev.drydock.core.vuln.Ecosystem;
import dev.drydock.core.vuln.osv.OsvAffected;
import dev.drydock.core.vuln.osv.OsvRecord;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** A fixed set of advisories, answering as {@link AdvisorySource} says the database answers; counts look-ups. */
public final class InMemoryAdvisories implements AdvisorySource {

    private final List<OsvRecord> records;
    final AtomicInteger lookups = new AtomicInteger();

    public InMemoryAdvisories(List<OsvRecord> records) {
        this.records = List.copyOf(records);
    }

    @Override
    public List<OsvRecord> advisories(Ecosystem ecosystem, String name) {
        lookups.incrementAndGet();
        return records.stream().filter(record -> record.affected().stream().anyMatch(entry -> names(entry, ecosystem, name)))
                .toList();
    }

    private static boolean names(OsvAffected entry, Ecosystem ecosystem, String name) {
        if (Ecosystem.ofOsv(entry.ecosystem()).orElse(null) != ecosystem) {
            return false;
        }
        return ecosystem == Ecosystem.PYPI ? pep503(entry.name()).equals(pep503(name)) : entry.name().equals(name);
    }

    private static String pep503(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }
}
