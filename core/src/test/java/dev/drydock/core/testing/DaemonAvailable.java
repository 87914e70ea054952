package dev.drydock.core.testing;

import com.github.dockerjava.api.DockerClient;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Duration;

/**
 * JUnit 5 extension behind {@link DaemonTest}: pings the test daemon once per JVM; without an
 * answer the test is skipped, or failed when a daemon is required ({@link DaemonRequirement}).
 */
public final class DaemonAvailable implements BeforeAllCallback, BeforeEachCallback {

    /** Null until checked; then empty when the daemon answered, else why it did not. */
    private static volatile String problem;

    @Override
    public void beforeAll(ExtensionContext context) {
        check();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        check();
    }

    private static void check() {
        String why = problem();
        boolean required = DaemonRequirement.required(System.getProperties(), System.getenv());
        switch (DaemonRequirement.decide(why.isEmpty(), required)) {
            case RUN -> { }
            case SKIP -> Assumptions.abort("No Docker daemon at " + TestDocker.endpoint().uri() + ": " + why);
            case FAIL -> throw new AssertionError("A Docker daemon is required (" + DaemonRequirement.PROPERTY
                    + " / " + DaemonRequirement.ENVIRONMENT + ") but none answers at "
                    + TestDocker.endpoint().uri() + ": " + why);
        }
    }

    private static synchronized String problem() {
        if (problem == null) {
            problem = ping();
        }
        return problem;
    }

    private static String ping() {
        try (DockerClient client = TestDocker.newClient(Duration.ofSeconds(10))) {
            client.pingCmd().exec();
            return "";
        } catch (Exception e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
            return message.isBlank() ? root.getClass().getSimpleName() : message;
        }
    }
}
