package dev.drydock.core.vuln.cvss;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics one CVSS version defines: their names, allowed values, and which are mandatory (the
 * base metrics). Checks a split vector against them. Metrics may be written in any order: the
 * specifications name an order, but scanners meet vectors from many writers and the order carries
 * no meaning.
 */
final class CvssMetricTable {

    private final String versionLabel;
    private final Map<String, List<String>> allowed = new LinkedHashMap<>();
    private final List<String> mandatory = new ArrayList<>();

    CvssMetricTable(String versionLabel) {
        this.versionLabel = versionLabel;
    }

    /** A base metric: every vector must carry it. */
    CvssMetricTable base(String name, String... values) {
        allowed.put(name, List.of(values));
        mandatory.add(name);
        return this;
    }

    /** A threat, temporal, environmental or supplemental metric: may be left out. */
    CvssMetricTable optional(String name, String... values) {
        allowed.put(name, List.of(values));
        return this;
    }

    /**
     * Throws {@link InvalidCvssVectorException} unless every metric is known, has an allowed value,
     * and all base metrics are there.
     */
    void check(String vector, Map<String, String> metrics) {
        for (Map.Entry<String, String> metric : metrics.entrySet()) {
            List<String> values = allowed.get(metric.getKey());
            if (values == null) {
                throw new InvalidCvssVectorException(vector, versionLabel + " has no metric " + metric.getKey()
                        + " (it defines " + String.join(", ", allowed.keySet()) + ")");
            }
            if (!values.contains(metric.getValue())) {
                throw new InvalidCvssVectorException(vector, "metric " + metric.getKey() + " has value "
                        + metric.getValue() + ", but " + versionLabel + " allows only " + String.join(", ", values));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String name : mandatory) {
            if (!metrics.containsKey(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidCvssVectorException(vector, "the mandatory base metric" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " missing");
        }
    }
}
