package dev.drydock.core.vuln;

import dev.drydock.core.vuln.osv.OsvRecord;

import java.util.List;

/**
 * Where matching looks advisories up: the offline database, or a fixed set of records in tests.
 * Implementations are thread-safe.
 */
public interface AdvisorySource {

    /**
     * Every record (withdrawn ones included; matching skips them) with an {@code affected[]} entry for
     * {@code name} in {@code ecosystem}, for any release of a distribution ecosystem. Names are compared as
     * the ecosystem compares them (PyPI names normalised per PEP 503, the others exactly; Maven names
     * are {@code group:artifact}). Records come whole: all their {@code affected[]} entries.
     */
    List<OsvRecord> advisories(Ecosystem ecosystem, String name);
}
