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
    /** A style finding (least serious). */
    STYLE_HINT,
    /** Fixes are available (the editor's light-bulb). */
    QUICK_FIX,
    /** A finding has a fix the engine can apply. */
    FIX,
    /** Search or filter by text. */
    SEARCH,
    /** A new, empty file. */
    NEW_FILE,
    SAVE,
    /** Write something out of Drydock: a hardened Dockerfile, a report. */
    EXPORT,
    /** The bundled sample Dockerfiles for demonstrations. */
    SAMPLES,
    /** Scanning an image's contents for packages, secrets and risks. */
    SCAN,
    CANCEL,
    /** The offline vulnerability database (OSV advisories). */
    VULNERABILITY_DATABASE,
    /** Download the newest data into a local store. */
    DOWNLOAD_UPDATE,
    /** Read data from local files into a local store. */
    IMPORT,
    /** Seccomp profiles: which system calls a container may make. */
    SECCOMP
}
