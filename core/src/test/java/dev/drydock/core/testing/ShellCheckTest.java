package dev.drydock.core.testing;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test (class or method) that runs the real {@code shellcheck} program: tagged
 * {@code shellcheck}, skipped when it is not on the PATH, failed instead when the build requires it
 * (system property {@code drydock.requireShellCheck=true} or {@code DRYDOCK_REQUIRE_SHELLCHECK=true},
 * as CI sets it).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("shellcheck")
@ExtendWith(ShellCheckAvailable.class)
public @interface ShellCheckTest {
}
