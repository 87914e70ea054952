package dev.drydock.app.gui.findings;

import dev.drydock.core.findings.FindingOrder;

import java.util.Comparator;

/** The orders the findings panel offers when the table itself is not sorted by a column. */
public enum FindingSort {
    /** As a reader meets them in the file. */
    READING_ORDER(Comparator.comparing(FindingRow::finding, FindingOrder.READING_ORDER)),
    /** Most serious first, then in reading order. */
    SEVERITY(Comparator.comparing(FindingRow::severity)),
    /** By rule id, then in reading order. */
    RULE_ID(Comparator.comparing(FindingRow::id)),
    /** By line and column; findings on one spot in reading order. */
    LINE(Comparator.comparingInt(FindingRow::line).thenComparingInt(FindingRow::column));

    private final Comparator<FindingRow> comparator;

    FindingSort(Comparator<FindingRow> comparator) {
        this.comparator = comparator;
    }

    /** This order, ties broken by reading order so that the result never depends on the input order. */
    public Comparator<FindingRow> comparator() {
        return this == READING_ORDER ? comparator : comparator.thenComparing(READING_ORDER.comparator);
    }
}
