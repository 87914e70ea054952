package dev.drydock.app.gui.common;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

import java.time.Instant;
import java.util.Comparator;
import java.util.function.Function;

/** Table columns over records: sort by value, show human-readable text. */
public final class Columns {

    private Columns() {
    }

    public static <T> TableColumn<T, String> text(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setComparator(Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));
        column.setPrefWidth(width);
        return column;
    }

    /** Sorted by the number of bytes, shown as {@code 5.6 MB}. */
    public static <T> TableColumn<T, Long> size(String title, double width, Function<T, Long> bytes) {
        return formatted(title, width, bytes, Formats::size, "number-cell");
    }

    /** Sorted by time, shown as a local date and minute. */
    public static <T> TableColumn<T, Instant> time(String title, double width, Function<T, Instant> time) {
        return formatted(title, width, time, Formats::dateTime, "");
    }

    public static <T, V extends Comparable<? super V>> TableColumn<T, V> formatted(
            String title, double width, Function<T, V> value, Function<V, String> display, String styleClass) {
        TableColumn<T, V> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(V item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : display.apply(item));
            }
        });
        if (!styleClass.isEmpty()) {
            column.getStyleClass().add(styleClass);
        }
        column.setPrefWidth(width);
        return column;
    }

    /** Cells that wrap their text to the column's width; the row grows to fit (plain cells keep one line). */
    public static <T> TableColumn<T, String> wrapping(TableColumn<T, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("wrapping-cell-text");
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        });
        return column;
    }
}
