package dev.drydock.core.vuln.match;

import dev.drydock.core.vuln.osv.OsvAffected;
import dev.drydock.core.vuln.osv.OsvEvent;
import dev.drydock.core.vuln.osv.OsvRange;
import dev.drydock.core.vuln.version.VersionOrdering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a version is affected, exactly as the OSV schema's evaluation pseudo-code does: a
 * version is affected when it is listed in {@code versions}, or when it lies in any {@code ECOSYSTEM} or
 * {@code SEMVER} range. In a range, events are walked in version order ({@code introduced: "0"} first):
 * {@code introduced} at or below the version makes it vulnerable, {@code fixed} at or below it, or
 * {@code last_affected} below it, makes it not; and when the range has {@code limit} events the version
 * must be below one of them ({@code "*"} is infinity). {@code GIT} ranges need the repository's commit
 * graph and are not evaluated. Ranges whose versions the ordering cannot read are skipped, never guessed.
 */
final class AffectedRanges {

    /** Why an evaluation could not use part of a record. */
    enum Problem {
        /** The installed version is not a version of this ecosystem's ordering: only {@code versions} lists were checked. */
        UNORDERABLE_VERSION,
        /** A range holds a version its ordering cannot read: that range was skipped. */
        UNREADABLE_RANGE,
        /** The entry has only Git commit ranges (and its versions list does not name the version). */
        GIT_ONLY
    }

    /** The outcome for one {@code affected[]} entry. */
    record Verdict(boolean affected, Set<Problem> problems) {
    }

    private final VersionOrdering ecosystemOrdering;
    private final VersionOrdering semVer;

    AffectedRanges(VersionOrdering ecosystemOrdering, VersionOrdering semVer) {
        this.ecosystemOrdering = ecosystemOrdering;
        this.semVer = semVer;
    }

    Verdict evaluate(OsvAffected affected, String version) {
        Set<Problem> problems = EnumSet.noneOf(Problem.class);
        if (affected.versions().contains(version)) {
            return new Verdict(true, problems);
        }
        boolean onlyGit = !affected.ranges().isEmpty();
        for (OsvRange range : affected.ranges()) {
            if (range.type() == OsvRange.Type.GIT) {
                continue;
            }
            onlyGit = false;
            VersionOrdering ordering = orderingOf(range);
            String installed = inOrdering(range, version);
            if (!ordering.isValid(installed)) {
                problems.add(Problem.UNORDERABLE_VERSION);
                continue;
            }
            if (!readable(range, ordering)) {
                problems.add(Problem.UNREADABLE_RANGE);
                continue;
            }
            if (inRange(range, ordering, installed)) {
                return new Verdict(true, problems);
            }
        }
        if (onlyGit) {
            problems.add(Problem.GIT_ONLY);
        }
        return new Verdict(false, problems);
    }

    /** The {@code fixed} versions of the entry's readable ranges that are newer than {@code version}. */
    List<String> fixesNewerThan(OsvAffected affected, String version) {
        List<String> fixes = new ArrayList<>();
        for (OsvRange range : affected.ranges()) {
            if (range.type() == OsvRange.Type.GIT) {
                continue;
            }
            VersionOrdering ordering = orderingOf(range);
            String installed = inOrdering(range, version);
            if (!ordering.isValid(installed) || !readable(range, ordering)) {
                continue;
            }
            for (OsvEvent event : range.events()) {
                if (event.kind() == OsvEvent.Kind.FIXED
                        && ordering.compare(inOrdering(range, event.version()), installed) > 0) {
                    fixes.add(event.version());
                }
            }
        }
        return fixes;
    }

    /** The ordering fix versions are sorted by: the ecosystem's, or SemVer for versions it cannot read. */
    Comparator<String> fixOrder() {
        return (left, right) -> ecosystemOrdering.isValid(left) && ecosystemOrdering.isValid(right)
                ? ecosystemOrdering.compare(left, right)
                : semVer.compare(withoutV(left), withoutV(right));
    }

    boolean canOrderFix(String version) {
        return ecosystemOrdering.isValid(version) || semVer.isValid(withoutV(version));
    }

    private VersionOrdering orderingOf(OsvRange range) {
        return range.type() == OsvRange.Type.SEMVER ? semVer : ecosystemOrdering;
    }

    /** SEMVER ranges are SemVer 2.0 without the {@code v} some tools write. */
    private static String inOrdering(OsvRange range, String version) {
        return range.type() == OsvRange.Type.SEMVER ? withoutV(version) : version;
    }

    private static String withoutV(String version) {
        return version.startsWith("v") ? version.substring(1) : version;
    }

    private static boolean readable(OsvRange range, VersionOrdering ordering) {
        for (OsvEvent event : range.events()) {
            if (!isSentinel(event) && !ordering.isValid(inOrdering(range, event.version()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSentinel(OsvEvent event) {
        return event.kind() == OsvEvent.Kind.INTRODUCED && event.version().equals("0")
                || event.kind() == OsvEvent.Kind.LIMIT && event.version().contains("*");
    }

    private static boolean inRange(OsvRange range, VersionOrdering ordering, String installed) {
        if (!beforeLimits(range, ordering, installed)) {
            return false;
        }
        List<OsvEvent> events = new ArrayList<>();
        for (OsvEvent event : range.events()) {
            if (event.kind() != OsvEvent.Kind.LIMIT) {
                events.add(event);
            }
        }
        events.sort((left, right) -> compareEvents(range, ordering, left, right));
        boolean vulnerable = false;
        for (OsvEvent event : events) {
            String at = inOrdering(range, event.version());
            switch (event.kind()) {
                case INTRODUCED:
                    if (isSentinel(event) || ordering.compare(installed, at) >= 0) {
                        vulnerable = true;
                    }
                    break;
                case FIXED:
                    if (ordering.compare(installed, at) >= 0) {
                        vulnerable = false;
                    }
                    break;
                case LAST_AFFECTED:
                    if (ordering.compare(installed, at) > 0) {
                        vulnerable = false;
                    }
                    break;
                default:
                    break;
            }
        }
        return vulnerable;
    }

    /** No limit events means an implicit {@code "*"}; else the version must be below one of them. */
    private static boolean beforeLimits(OsvRange range, VersionOrdering ordering, String installed) {
        boolean anyLimit = false;
        for (OsvEvent event : range.events()) {
            if (event.kind() == OsvEvent.Kind.LIMIT) {
                anyLimit = true;
                if (isSentinel(event) || ordering.compare(installed, inOrdering(range, event.version())) < 0) {
                    return true;
                }
            }
        }
        return !anyLimit;
    }

    /** Version order, {@code introduced: "0"} before everything; the sort is stable for equal versions. */
    private static int compareEvents(OsvRange range, VersionOrdering ordering, OsvEvent left, OsvEvent right) {
        boolean leftZero = isSentinel(left);
        boolean rightZero = isSentinel(right);
        if (leftZero || rightZero) {
            return Boolean.compare(rightZero, leftZero);
        }
        return ordering.compare(inOrdering(range, left.version()), inOrdering(range, right.version()));
    }
}
