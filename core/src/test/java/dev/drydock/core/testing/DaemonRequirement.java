package dev.drydock.core.testing;

import java.util.Map;
import java.util.Properties;

/**
 * Decides what a daemon test does when no daemon answers: skip it, unless the build said a daemon
 * is required (system property {@code drydock.requireDaemon=true} or environment variable
 * {@code DRYDOCK_REQUIRE_DAEMON=true}, as CI sets it), in which case the test fails.
 */
public final class DaemonRequirement {

    public static final String PROPERTY = "drydock.requireDaemon";
    public static final String ENVIRONMENT = "DRYDOCK_REQUIRE_DAEMON";

    public enum Outcome { RUN, SKIP, FAIL }

    private DaemonRequirement() {
    }

    public static boolean required(Properties properties, Map<String, String> environment) {
        return "true".equalsIgnoreCase(properties.getProperty(PROPERTY, "").trim())
                || "true".equalsIgnoreCase(environment.getOrDefault(ENVIRONMENT, "").trim());
    }

    public static Outcome decide(boolean daemonAnswers, boolean required) {
        if (daemonAnswers) {
            return Outcome.RUN;
        }
        return required ? Outcome.FAIL : Outcome.SKIP;
    }
}
