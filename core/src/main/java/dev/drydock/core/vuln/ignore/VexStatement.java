package dev.drydock.core.vuln.ignore;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One OpenVEX statement.
 *
 * @param vulnerabilityIds the vulnerability's {@code name}, {@code @id} (and the CVE/GHSA at the end of an
 *                         {@code @id} address) and {@code aliases}
 * @param timestamp        the statement's time, else its document's
 * @param index            1-based position in the document, for suppression reasons
 */
public record VexStatement(String vulnerabilityName, Set<String> vulnerabilityIds, List<VexProduct> products,
                           VexStatus status, String justification, String impactStatement,
                           Optional<Instant> timestamp, int index) {

    public VexStatement {
        Objects.requireNonNull(vulnerabilityName, "vulnerabilityName");
        vulnerabilityIds = Set.copyOf(vulnerabilityIds);
        products = List.copyOf(products);
        Objects.requireNonNull(status, "status");
        justification = justification == null ? "" : justification;
        impactStatement = impactStatement == null ? "" : impactStatement;
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /** {@code statement 2: not_affected (vulnerable_code_not_in_execute_path): Only …}. */
    public String describe() {
        StringBuilder text = new StringBuilder("statement ").append(index).append(" on ").append(vulnerabilityName)
                .append(": ").append(status.label());
        if (!justification.isBlank()) {
            text.append(" (").append(justification).append(')');
        }
        if (!impactStatement.isBlank()) {
            text.append(": ").append(impactStatement);
        }
        return text.toString();
    }
}
