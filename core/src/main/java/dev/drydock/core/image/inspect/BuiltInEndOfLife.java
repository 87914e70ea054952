package dev.drydock.core.image.inspect;

import dev.drydock.core.image.analyzers.os.EndOfLifeStatus;
import dev.drydock.core.image.analyzers.os.OsEndOfLife;
import dev.drydock.core.image.rules.EndOfLifeLookup;
import dev.drydock.core.image.scan.OsReleaseFact;

import java.util.Optional;

/** The end-of-life rule's look-up, answered from Drydock's built-in end-of-life table. */
final class BuiltInEndOfLife implements EndOfLifeLookup {

    @Override
    public Optional<EndOfLife> lookup(OsReleaseFact os) {
        // the end date of a release does not depend on the day asked; the rule compares it with today
        EndOfLifeStatus status = OsEndOfLife.of(os, OsEndOfLife.tableValidOn());
        if (status.state() == EndOfLifeStatus.State.UNKNOWN) {
            return Optional.empty();
        }
        return status.endOfLife().map(end -> new EndOfLife(status.release(), end, status.tableValidOn()));
    }

}
