package dev.drydock.app.gui.shell;

import dev.drydock.icons.Glyph;

/** The pages of the left navigation. */
public enum Page {
    OVERVIEW("Overview", Glyph.OVERVIEW),
    IMAGES("Images", Glyph.IMAGES),
    SCANS("Scans", Glyph.SCAN),
    /** The offline vulnerability database scans match packages against: status, update, import. */
    VULNERABILITY_DATABASE("Vulnerability DB", Glyph.VULNERABILITY_DATABASE),
    CONTAINERS("Containers", Glyph.CONTAINERS),
    DOCKERFILES("Dockerfiles", Glyph.DOCKERFILES),
    /** Seccomp profiles: edit, check, compare with the baseline, export. */
    SECCOMP("Seccomp", Glyph.SECCOMP);

    private final String title;
    private final Glyph glyph;

    Page(String title, Glyph glyph) {
        this.title = title;
        this.glyph = glyph;
    }

    public String title() {
        return title;
    }

    public Glyph glyph() {
        return glyph;
    }
}
