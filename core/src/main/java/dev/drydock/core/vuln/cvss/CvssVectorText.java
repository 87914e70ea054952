package dev.drydock.core.vuln.cvss;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A CVSS vector split into its version prefix ({@code CVSS:3.1}) and its metrics, in written order.
 * Only the shape is checked here (prefix, {@code NAME:VALUE} parts, no metric twice); which metrics
 * and values a version allows is {@link CvssMetricTable}'s job.
 */
final class CvssVectorText {

    private static final String PREFIX = "CVSS:";

    private final Optional<String> declaredVersion;
    private final Map<String, String> metrics;

    private CvssVectorText(Optional<String> declaredVersion, Map<String, String> metrics) {
        this.declaredVersion = declaredVersion;
        this.metrics = metrics;
    }

    /** Splits {@code vector}; throws {@link InvalidCvssVectorException} when it is not shaped like a vector. */
    static CvssVectorText split(String vector) {
        String text = vector.strip();
        if (text.isEmpty()) {
            throw new InvalidCvssVectorException(vector, "the text is empty");
        }
        String[] parts = text.split("/", -1);
        int first = 0;
        Optional<String> version = Optional.empty();
        if (parts[0].startsWith(PREFIX)) {
            version = Optional.of(parts[0].substring(PREFIX.length()));
            first = 1;
        }
        Map<String, String> metrics = new LinkedHashMap<>();
        for (int i = first; i < parts.length; i++) {
            String part = parts[i];
            int colon = part.indexOf(':');
            if (colon <= 0 || colon == part.length() - 1 || part.indexOf(':', colon + 1) >= 0) {
                throw new InvalidCvssVectorException(vector, "'" + part + "' is not a NAME:VALUE metric");
            }
            String name = part.substring(0, colon);
            if (metrics.putIfAbsent(name, part.substring(colon + 1)) != null) {
                throw new InvalidCvssVectorException(vector, "metric " + name + " appears more than once");
            }
        }
        if (metrics.isEmpty()) {
            throw new InvalidCvssVectorException(vector, "it has no metrics");
        }
        return new CvssVectorText(version, Collections.unmodifiableMap(metrics));
    }

    /** The version after {@code CVSS:}, or empty when the vector has no prefix (as CVSS v2 vectors are written). */
    Optional<String> declaredVersion() {
        return declaredVersion;
    }

    /** Metric name to value, in the order written. */
    Map<String, String> metrics() {
        return metrics;
    }
}
