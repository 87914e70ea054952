package dev.drydock.app.gui;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.lang.management.ManagementFactory;

/**
 * Measures cold start: with {@code -Ddrydock.startupProbe=true} the app prints
 * {@code first frame after N ms} (from JVM start to the first pulse after the window is shown)
 * and exits.
 */
final class StartupProbe {

    static final String PROPERTY = "drydock.startupProbe";

    private StartupProbe() {
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Call right after {@code stage.show()}. */
    static void measure(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("first frame after " + millis + " ms");
            System.out.flush();
            Platform.exit();
            Runtime.getRuntime().halt(0);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
