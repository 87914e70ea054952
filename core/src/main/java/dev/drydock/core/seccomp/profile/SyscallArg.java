package dev.drydock.core.seccomp.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A condition on one argument of a system call: {@code args[index] op value}; for
 * {@code SCMP_CMP_MASKED_EQ} it reads {@code (args[index] & value) == valueTwo}.
 *
 * @param index    the argument position, 0 to 5
 * @param value    an unsigned 64-bit value (read {@link Long#toUnsignedString(long)})
 * @param valueTwo the second value, or null when absent (Docker omits it when 0)
 * @param op       the comparison ({@code SCMP_CMP_EQ} …)
 */
public record SyscallArg(Long index, Long value, Long valueTwo, String op, Map<String, JsonNode> unknownFields) {

    public SyscallArg {
        unknownFields = Nulls.copy(unknownFields);
    }

    public static SyscallArg of(long index, long value, String op) {
        return new SyscallArg(index, value, null, op, Map.of());
    }
}
