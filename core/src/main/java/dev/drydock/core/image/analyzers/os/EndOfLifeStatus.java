package dev.drydock.core.image.analyzers.os;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a distribution release still gets security fixes, according to Drydock's end-of-life table.
 *
 * @param release       what users call the release ({@code Debian 11 (bullseye)}); the image's own name when not in the table
 * @param endOfLife     the end of regular security support, when known
 * @param extendedUntil the end of a free extension (Debian LTS), when there is one
 * @param tableValidOn  the date the table was true on: releases newer than it are {@link State#UNKNOWN}
 */
public record EndOfLifeStatus(State state, String release, Optional<LocalDate> endOfLife,
                              Optional<LocalDate> extendedUntil, LocalDate tableValidOn) {

    /** What the table says about the release on the given day. */
    public enum State {
        /** Still supported, or listed with no announced end. */
        SUPPORTED,
        /** Regular security support has ended (an extension may still run: see {@link #extendedUntil()}). */
        ENDED,
        /** Not in the table: an unknown distribution, or a release newer than the table. */
        UNKNOWN
    }

    /** One sentence for users: {@code Debian 10 (buster) reached its end of life on 2022-09-10.} */
    public String describe() {
        return switch (state) {
            case SUPPORTED -> endOfLife.map(date -> release + " is supported until " + date + ".")
                    .orElse(release + " is supported; no end of life was announced as of " + tableValidOn + ".");
            case ENDED -> release + " reached its end of life on " + endOfLife.orElseThrow() + "."
                    + extendedUntil.map(date -> " Long-term support runs until " + date + ".").orElse("");
            case UNKNOWN -> "The end of life of " + release + " is not known to Drydock (its table is from "
                    + tableValidOn + ").";
        };
    }
}
