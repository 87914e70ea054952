package dev.drydock.app.gui.findings;

import dev.drydock.core.findings.RuleCategory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A choice of the category filter: all categories, or one. */
public record CategoryFilter(Optional<RuleCategory> category) {

    public static final CategoryFilter ALL = new CategoryFilter(Optional.empty());

    public static CategoryFilter only(RuleCategory category) {
        return new CategoryFilter(Optional.of(category));
    }

    /** "All categories" first, then each category in the order the engine defines them. */
    public static List<CategoryFilter> choices() {
        List<CategoryFilter> choices = new ArrayList<>();
        choices.add(ALL);
        for (RuleCategory category : RuleCategory.values()) {
            choices.add(only(category));
        }
        return List.copyOf(choices);
    }

    boolean accepts(FindingRow row) {
        return category.isEmpty() || category.equals(row.category());
    }

    /** The text the choice box shows. */
    public String label() {
        return category.map(CategoryFilter::label).orElse("All categories");
    }

    /** A category as users read it: {@code Supply chain}. */
    public static String label(RuleCategory category) {
        String words = category.id().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    @Override
    public String toString() {
        return label();
    }
}
