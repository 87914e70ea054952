package dev.drydock.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import java.net.URI;
import java.net.URISyntaxException;

/** SARIF pieces about rules and files: the rule descriptors of {@code tool.driver.rules}, and artifact URIs. */
final class SarifRules {

    private static final String HADOLINT_WIKI = "https://github.com/hadolint/hadolint/wiki/";

    private SarifRules() {
    }

    static ObjectNode descriptor(RuleMetadata rule) {
        ObjectNode node = JsonOutput.NODES.objectNode();
        RuleReferences refs = rule.references();
        node.put("id", rule.id());
        node.put("name", name(rule.title()));
        node.putObject("shortDescription").put("text", rule.title());
        refs.hadolint().ifPresent(code -> node.put("helpUri", HADOLINT_WIKI + code));
        node.putObject("help").put("text", helpText(rule));
        node.putObject("defaultConfiguration").put("level", SarifReport.level(rule.defaultSeverity()));
        ObjectNode properties = node.putObject("properties");
        properties.put("category", rule.category().id());
        ArrayNode tags = properties.putArray("tags").add(rule.category().id());
        refs.hadolint().ifPresent(code -> properties.put("hadolint", code));
        refs.cisDockerBenchmark().ifPresent(item -> {
            properties.put("cisDockerBenchmark", item);
            tags.add("CIS-Docker-" + item);
        });
        refs.nistSp800190().ifPresent(section -> properties.put("nistSp800190", section));
        refs.trivy().ifPresent(id -> properties.put("trivy", id));
        if (rule.category() == RuleCategory.SUPPLY_CHAIN) {
            tags.add("security");
        }
        return node;
    }

    /** A rule title as an identifier-like name: {@code Pin versions in apt-get install} → {@code PinVersionsInAptGetInstall}. */
    static String name(String title) {
        StringBuilder name = new StringBuilder();
        for (String word : title.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.toString();
    }

    private static String helpText(RuleMetadata rule) {
        StringBuilder text = new StringBuilder(rule.title()).append('.');
        RuleReferences refs = rule.references();
        refs.hadolint().ifPresent(code -> text.append(" Hadolint: ").append(code).append('.'));
        refs.cisDockerBenchmark().ifPresent(item -> text.append(" CIS Docker Benchmark v1.6.0: ").append(item).append('.'));
        refs.nistSp800190().ifPresent(section -> text.append(" NIST SP 800-190: ").append(section).append('.'));
        refs.trivy().ifPresent(id -> text.append(" Trivy: ").append(id).append('.'));
        return text.toString();
    }

    /**
     * A file path as a URI: relative paths stay relative references, absolute ones become
     * {@code file:} URIs; forward slashes, special characters percent-encoded.
     */
    static String uri(String path) {
        String slashed = path.replace('\\', '/');
        try {
            if (slashed.matches("[A-Za-z]:/.*")) {
                return new URI("file", "", "/" + slashed, null).toASCIIString();
            }
            if (slashed.startsWith("/")) {
                return new URI("file", "", slashed, null).toASCIIString();
            }
            return new URI(null, null, slashed, null).toASCIIString();
        } catch (URISyntaxException e) {
            return slashed;
        }
    }
}
