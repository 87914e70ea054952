/** Ready-made seccomp profiles to start from: the runtime-default baseline and a strict allow-list. */
package dev.drydock.core.seccomp.templates;
