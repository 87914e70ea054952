package dev.drydock.app.gui.overview;

import java.util.List;

/** A titled group of facts, e.g. "Security". */
public record FactSection(String title, List<Fact> facts) {

    public FactSection {
        facts = List.copyOf(facts);
    }
}
