package dev.drydock.core.dockerfile.instruction;

import java.util.Locale;

/** What an instruction is, whatever case its keyword was written in. */
public enum InstructionKind {
    FROM, RUN, CMD, ENTRYPOINT, SHELL, LABEL, ENV, ARG, EXPOSE, ADD, COPY, WORKDIR, USER, VOLUME,
    STOPSIGNAL, HEALTHCHECK, ONBUILD, MAINTAINER,
    /** A keyword Docker does not know. */
    UNKNOWN;

    /** The kind for a keyword as written ({@code run}, {@code Run} and {@code RUN} are all RUN). */
    public static InstructionKind of(String keyword) {
        if (keyword.isEmpty() || keyword.length() > 11) {
            return UNKNOWN;
        }
        try {
            return valueOf(keyword.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notAnInstruction) {
            return UNKNOWN;
        }
    }

    /** Whether Docker reads heredocs ({@code <<EOF}) for this instruction. */
    public boolean allowsHeredocs() {
        return this == RUN || this == COPY || this == ADD;
    }
}
