package dev.drydock.core.lint;

import java.util.Locale;

/**
 * Image references the way the daemon lists them: Docker Hub's {@code docker.io/library/node} is
 * {@code node}, {@code docker.io/team/app} is {@code team/app}; other registries stay as written.
 */
final class ImageNames {

    private ImageNames() {
    }

    /** The repository of a reference without tag and digest, in the daemon's familiar form. */
    static String familiarRepository(String reference) {
        String rest = reference;
        int at = rest.indexOf('@');
        if (at >= 0) {
            rest = rest.substring(0, at);
        }
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            rest = rest.substring(0, colon);
        }
        rest = rest.toLowerCase(Locale.ROOT);
        for (String hub : new String[] {"docker.io/", "index.docker.io/", "registry-1.docker.io/"}) {
            if (rest.startsWith(hub)) {
                rest = rest.substring(hub.length());
                break;
            }
        }
        return rest.startsWith("library/") && rest.indexOf('/', "library/".length()) < 0
                ? rest.substring("library/".length()) : rest;
    }

    /** The tag of a reference, {@code latest} when none is written (a digest-only reference has none). */
    static String tagOrLatest(String reference) {
        String rest = reference;
        int at = rest.indexOf('@');
        if (at >= 0) {
            rest = rest.substring(0, at);
        }
        int colon = rest.lastIndexOf(':');
        return colon > rest.lastIndexOf('/') ? rest.substring(colon + 1) : "latest";
    }
}
