package dev.drydock.core.seccomp.json;

import dev.drydock.core.seccomp.profile.SeccompProfile;

/** A profile read from text, with where each of its values was in that text. */
public record SeccompDocument(SeccompProfile profile, SourcePositions positions) {

    /** A profile built in code: no positions. */
    public static SeccompDocument of(SeccompProfile profile) {
        return new SeccompDocument(profile, SourcePositions.none());
    }
}
