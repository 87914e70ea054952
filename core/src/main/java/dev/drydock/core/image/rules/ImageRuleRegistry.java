package dev.drydock.core.image.rules;

import dev.drydock.core.findings.RuleMetadata;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The explicit list of image rules. A rule that is not listed here does not run; a test checks that
 * ids are unique and that every rule has its documentation.
 */
public final class ImageRuleRegistry {

    private final List<ImageRule> rules;
    private final Map<String, ImageRule> byId = new LinkedHashMap<>();

    public ImageRuleRegistry(List<ImageRule> rules) {
        this.rules = List.copyOf(rules);
        for (ImageRule rule : this.rules) {
            if (byId.putIfAbsent(rule.id(), rule) != null) {
                throw new IllegalArgumentException("two image rules have the id " + rule.id());
            }
        }
    }

    /** Every image rule Drydock ships, in the order they run. */
    public static ImageRuleRegistry standard() {
        return new ImageRuleRegistry(List.of(
                new RunsAsRoot(), new NoHealthcheck(), new AddInHistory(), new SecretInConfig(), new SecretInHistory(),
                new UpdateWithoutInstall(), new SetuidFiles(), new SudoPresent(), new SensitiveVolume(),
                new PackageCacheLeft(), new EmptyPassword(), new DuplicateIds(), new UnnecessaryFiles(), new LatestTag(),
                new SshPortExposed(), new EndOfLifeDistribution(), new SecretInFiles(), new MinerOrMalware()));
    }

    public List<ImageRule> all() {
        return rules;
    }

    public Optional<ImageRule> find(String id) {
        return Optional.ofNullable(byId.get(id.strip().toUpperCase(Locale.ROOT)));
    }

    public Optional<RuleMetadata> metadata(String id) {
        return find(id).map(ImageRule::metadata);
    }

    /** The long explanation of a rule, from {@code rules/<ID>.md}; empty if it is missing. */
    public static Optional<String> documentation(String ruleId) {
        try (var in = ImageRuleRegistry.class.getResourceAsStream("rules/" + ruleId + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}
