package dev.drydock.core.daemon;

import java.util.List;

/**
 * What a command run inside a running container ({@code docker exec}) did.
 *
 * @param exitCode its exit status; -1 when it did not end within the time allowed
 * @param output   what it wrote to stdout and stderr, interleaved as received, one entry per line
 * @param timedOut true when it was still running when the time allowed was up (it is left running)
 */
public record ExecResult(int exitCode, List<String> output, boolean timedOut) {
    public ExecResult {
        output = List.copyOf(output);
    }
}
