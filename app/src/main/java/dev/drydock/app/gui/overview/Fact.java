package dev.drydock.app.gui.overview;

/** One labelled fact on the Overview page, e.g. "Storage driver: overlay2". */
public record Fact(String label, String value) {
}
