/**
 * Reading and writing seccomp profiles as Docker's JSON: exact key order and layout of moby's
 * {@code profiles/seccomp/default.json}, JSON pointer positions for messages, and clear read errors.
 */
package dev.drydock.core.seccomp.json;
