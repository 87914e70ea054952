package dev.drydock.app.gui.scan;

import javafx.css.PseudoClass;

/** The pseudo-classes the scan tabs set on rows (styled in {@code scan.css}). */
final class ScanStyles {

    /** A layer or finding of the base image. */
    static final PseudoClass INHERITED = PseudoClass.getPseudoClass("inherited");
    /** A path deleted by a later layer, still shipped. */
    static final PseudoClass DELETED = PseudoClass.getPseudoClass("deleted");
    /** A setuid/setgid or world-writable path. */
    static final PseudoClass RISKY = PseudoClass.getPseudoClass("risky");

    private ScanStyles() {
    }
}
