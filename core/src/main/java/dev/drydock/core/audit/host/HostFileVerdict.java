package dev.drydock.core.audit.host;

import java.util.List;

/**
 * What one rule concluded on this host.
 *
 * @param checkedPaths files whose owner and mode were read (host paths)
 * @param problems     those of them that miss the expectation
 * @param unreadable   files that exist (or may) but could not be read, each said in words
 * @param absentReason when nothing was found: what was looked for, e.g. "no /etc/sysconfig/docker"
 */
public record HostFileVerdict(HostFileRule rule, List<String> checkedPaths, List<HostFileProblem> problems,
                              List<String> unreadable, String absentReason) {

    public HostFileVerdict {
        checkedPaths = List.copyOf(checkedPaths);
        problems = List.copyOf(problems);
        unreadable = List.copyOf(unreadable);
    }

    /** True when no file of this kind exists on the host (nothing checked, nothing unreadable). */
    public boolean absent() {
        return checkedPaths.isEmpty() && unreadable.isEmpty();
    }
}
