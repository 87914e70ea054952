package dev.drydock.core.testing;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test (class or method) that talks to a real Docker daemon: tagged {@code docker}, skipped
 * when no daemon answers, failed instead when the build requires a daemon.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("docker")
@ExtendWith(DaemonAvailable.class)
public @interface DaemonTest {
}
