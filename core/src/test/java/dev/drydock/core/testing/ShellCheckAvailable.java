package dev.drydock.core.testing;

import dev.drydock.core.lint.shellcheck.ShellCheck;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** JUnit 5 extension behind {@link ShellCheckTest}: looks for {@code shellcheck} on the PATH. */
public final class ShellCheckAvailable implements BeforeAllCallback, BeforeEachCallback {

    public static final String PROPERTY = "drydock.requireShellCheck";
    public static final String ENVIRONMENT = "DRYDOCK_REQUIRE_SHELLCHECK";

    @Override
    public void beforeAll(ExtensionContext context) {
        check();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        check();
    }

    private static void check() {
        if (ShellCheck.onPath().isPresent()) {
            return;
        }
        boolean required = "true".equalsIgnoreCase(System.getProperty(PROPERTY, "").trim())
                || "true".equalsIgnoreCase(System.getenv().getOrDefault(ENVIRONMENT, "").trim());
        if (required) {
            throw new AssertionError("shellcheck is required (" + PROPERTY + " / " + ENVIRONMENT
                    + ") but is not on the PATH: install it (Debian: apt-get install shellcheck).");
        }
        Assumptions.abort("shellcheck is not on the PATH");
    }
}
