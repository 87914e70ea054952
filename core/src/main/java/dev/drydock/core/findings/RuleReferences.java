package dev.drydock.core.findings;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a rule corresponds to other catalogues, each optional: the Hadolint code (so results compare
 * 1:1 and Hadolint's ignore pragmas apply), the CIS Docker Benchmark v1.6.0 item, the NIST SP 800-190
 * section and the Trivy misconfiguration id.
 */
public record RuleReferences(
        Optional<String> hadolint,
        Optional<String> cisDockerBenchmark,
        Optional<String> nistSp800190,
        Optional<String> trivy) {

    public RuleReferences {
        Objects.requireNonNull(hadolint, "hadolint");
        Objects.requireNonNull(cisDockerBenchmark, "cisDockerBenchmark");
        Objects.requireNonNull(nistSp800190, "nistSp800190");
        Objects.requireNonNull(trivy, "trivy");
    }

    /** No corresponding entry anywhere. */
    public static RuleReferences none() {
        return new RuleReferences(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public RuleReferences withHadolint(String code) {
        return new RuleReferences(Optional.of(code), cisDockerBenchmark, nistSp800190, trivy);
    }

    public RuleReferences withCisDockerBenchmark(String item) {
        return new RuleReferences(hadolint, Optional.of(item), nistSp800190, trivy);
    }

    public RuleReferences withNistSp800190(String section) {
        return new RuleReferences(hadolint, cisDockerBenchmark, Optional.of(section), trivy);
    }

    public RuleReferences withTrivy(String id) {
        return new RuleReferences(hadolint, cisDockerBenchmark, nistSp800190, Optional.of(id));
    }
}
