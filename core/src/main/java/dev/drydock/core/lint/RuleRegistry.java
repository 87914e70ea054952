package dev.drydock.core.lint;

import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.lint.rules.AptInsteadOfAptGet;
import dev.drydock.core.lint.rules.BaseImageAndStructureRules;
import dev.drydock.core.lint.rules.DockerfileSyntax;
import dev.drydock.core.lint.rules.HardeningRules;
import dev.drydock.core.lint.rules.MaintainerDeprecated;
import dev.drydock.core.lint.rules.PackageManagerRules;
import dev.drydock.core.lint.rules.ShellUserAndLabelRules;

import java.util.ArrayList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The explicit list of Dockerfile rules. A rule that is not listed here does not run; a test checks
 * that ids are unique and that every rule has its documentation and fixtures.
 */
public final class RuleRegistry {

    private final List<DockerfileRule> rules;
    private final Map<String, DockerfileRule> byCode = new LinkedHashMap<>();

    public RuleRegistry(List<DockerfileRule> rules) {
        this.rules = List.copyOf(rules);
        for (DockerfileRule rule : this.rules) {
            RuleMetadata metadata = rule.metadata();
            if (byCode.putIfAbsent(metadata.id(), rule) != null) {
                throw new IllegalArgumentException("two rules have the id " + metadata.id());
            }
        }
        for (DockerfileRule rule : this.rules) {
            rule.metadata().references().hadolint().ifPresent(alias -> byCode.putIfAbsent(alias.toUpperCase(Locale.ROOT), rule));
        }
    }

    /** Every rule Drydock ships, in the order they run. */
    public static RuleRegistry standard() {
        List<DockerfileRule> rules = new ArrayList<>();
        rules.add(new DockerfileSyntax());
        rules.add(new AptInsteadOfAptGet());
        rules.add(new MaintainerDeprecated());
        rules.addAll(BaseImageAndStructureRules.all());
        rules.addAll(PackageManagerRules.all());
        rules.addAll(ShellUserAndLabelRules.all());
        rules.addAll(HardeningRules.all());
        return new RuleRegistry(rules);
    }

    public List<DockerfileRule> all() {
        return rules;
    }

    /** The rule with this id or Hadolint alias, in any case. */
    public Optional<DockerfileRule> find(String code) {
        return Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    public Optional<RuleMetadata> metadata(String code) {
        return find(code).map(DockerfileRule::metadata);
    }

    /** The long explanation of a rule, from {@code rules/<ID>.md}; empty if it is missing. */
    public static Optional<String> documentation(String ruleId) {
        try (var in = RuleRegistry.class.getResourceAsStream("rules/" + ruleId + ".md")) {
            return in == null ? Optional.empty()
                    : Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}
