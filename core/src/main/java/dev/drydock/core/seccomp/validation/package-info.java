/**
 * Checking a seccomp profile before Docker sees it: each problem has a severity, a message that
 * says what is wrong and what to do, and where (JSON pointer, and line/column when read from text).
 */
package dev.drydock.core.seccomp.validation;
