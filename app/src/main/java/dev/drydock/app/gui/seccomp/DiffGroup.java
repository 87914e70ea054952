package dev.drydock.app.gui.seccomp;

import java.util.List;
import java.util.Set;

/**
 * What changed in one group of calls between the reference profile and the edited one.
 *
 * @param title   the group's title
 * @param added   calls the edited profile allows and the reference did not
 * @param removed calls the reference allowed and the edited profile does not
 * @param risky   which of those deserve attention
 */
public record DiffGroup(String title, List<String> added, List<String> removed, Set<String> risky) {

    public DiffGroup {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        risky = Set.copyOf(risky);
    }
}
