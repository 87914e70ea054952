package dev.drydock.icons;

/**
 * The glyphs the UI uses, named by what they mean to the user. {@link Glyphs} maps them to an icon
 * font; no other code names icon-font codes.
 */
public enum Glyph {
    OVERVIEW,
    IMAGES,
    CONTAINERS,
    DOCKERFILES,
    REFRESH,
    SETTINGS,
    START,
    STOP,
    RESTART,
    REMOVE,
    OPEN_FILE,
    CONNECTED,
    DISCONNECTED,
    WARNING,
    ERROR,
    INFO,
    CANCEL,
    /** A finding of style severity: a matter of taste or convention. */
    STYLE_HINT,
    /** A finding has a fix the engine can apply. */
    FIX,
    /** Search or filter by text. */
    SEARCH
}
