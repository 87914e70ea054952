package dev.drydock.core.daemon;

import java.time.Instant;
import java.util.Map;

/**
 * One message from the daemon's event stream.
 *
 * @param type       {@code container}, {@code image}, {@code network}, {@code volume}, {@code daemon} …
 * @param action     e.g. {@code create}, {@code start}, {@code die}, {@code destroy}, {@code tag},
 *                   {@code delete}; may carry a suffix such as {@code exec_start: sh}
 * @param actorId    the id of the object the event is about
 * @param attributes the actor's attributes (name, image, labels …)
 */
public record DaemonEvent(String type, String action, String actorId, Map<String, String> attributes,
                          Instant time) {

    public DaemonEvent {
        attributes = Map.copyOf(attributes);
    }

    public boolean isContainer() {
        return "container".equals(type);
    }

    public boolean isImage() {
        return "image".equals(type);
    }

    /** The action without its detail suffix: {@code exec_start: sh} → {@code exec_start}. */
    public String baseAction() {
        int colon = action.indexOf(':');
        return colon < 0 ? action : action.substring(0, colon);
    }
}
