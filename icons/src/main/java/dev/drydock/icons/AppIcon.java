package dev.drydock.icons;

import javafx.scene.image.Image;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Drydock's own app icon, rendered from {@code drydock.svg} at the sizes windows and launchers want. */
public final class AppIcon {

    /** Pixel sizes shipped as PNG resources next to this class. */
    public static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    private AppIcon() {
    }

    /** Resource name of the PNG of one size, e.g. {@code drydock-64.png}. */
    public static String resourceName(int size) {
        return "drydock-" + size + ".png";
    }

    /** All sizes as JavaFX images, for {@code Stage.getIcons()}. Missing sizes are skipped. */
    public static List<Image> windowIcons() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcon.class.getResourceAsStream(resourceName(size))) {
                if (in != null) {
                    images.add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // an unreadable size is skipped; the window still gets the others
            }
        }
        return images;
    }
}
