package dev.drydock.core.daemon.live;

import dev.drydock.core.daemon.DaemonEvent;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a burst of daemon events means for the live lists: which containers to look up again,
 * which are gone for good, and whether the image list changed.
 *
 * @param refresh   containers whose list row may have changed
 * @param destroyed containers that were removed
 */
record EventBatch(Set<String> refresh, Set<String> destroyed, boolean imagesChanged) {

    /** Container actions that do not change anything {@code docker ps -a} shows. */
    private static final Set<String> QUIET_CONTAINER_ACTIONS = Set.of("exec_create", "exec_start", "exec_die",
            "exec_detach", "attach", "detach", "resize", "top", "archive-path", "extract-to-dir", "export", "copy");

    /** Image actions that leave the image list as it was. */
    private static final Set<String> QUIET_IMAGE_ACTIONS = Set.of("push", "save");

    EventBatch {
        refresh = Set.copyOf(refresh);
        destroyed = Set.copyOf(destroyed);
    }

    static EventBatch of(List<DaemonEvent> events) {
        Set<String> refresh = new LinkedHashSet<>();
        Set<String> destroyed = new LinkedHashSet<>();
        boolean images = false;
        for (DaemonEvent event : events) {
            String action = event.baseAction();
            if (event.isContainer() && !QUIET_CONTAINER_ACTIONS.contains(action) && !event.actorId().isEmpty()) {
                if ("destroy".equals(action)) {
                    refresh.remove(event.actorId());
                    destroyed.add(event.actorId());
                } else {
                    destroyed.remove(event.actorId());
                    refresh.add(event.actorId());
                }
                images |= "commit".equals(action);
            } else if (event.isImage() && !QUIET_IMAGE_ACTIONS.contains(action)) {
                images = true;
            }
        }
        return new EventBatch(refresh, destroyed, images);
    }

    boolean containersChanged() {
        return !refresh.isEmpty() || !destroyed.isEmpty();
    }
}
