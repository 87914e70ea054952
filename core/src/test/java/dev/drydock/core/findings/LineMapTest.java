package dev.drydock.core.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LineMapTest {

    @Test
    void linesAndColumnsAreOneBased() {
        LineMap map = LineMap.of("FROM x\nRUN a\n");
        assertThat(map.range(7, 10)).isEqualTo(new TextRange(7, 10, 2, 1, 2, 4));
        assertThat(map.line(0)).isEqualTo(1);
        assertThat(map.column(6)).as("the newline itself").isEqualTo(7);
        assertThat(map.line(13)).as("end of text is on the empty last line").isEqualTo(3);
        assertThat(map.lineCount()).isEqualTo(3);
    }

    @Test
    void crlfNumbersLinesLikeLf() {
        LineMap map = LineMap.of("FROM x\r\nRUN a\r\n");
        assertThat(map.line(8)).isEqualTo(2);
        assertThat(map.column(8)).isEqualTo(1);
        assertThat(map.lineStart(2)).isEqualTo(8);
    }

    @Test
    void rangeOverSeveralLines() {
        LineMap map = LineMap.of("RUN a \\\n  && b\n");
        assertThat(map.range(0, 14)).isEqualTo(new TextRange(0, 14, 1, 1, 2, 7));
    }

    @Test
    void offsetsOutsideTheTextAreRejected() {
        assertThatThrownBy(() -> LineMap.of("abc").line(4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LineMap.of("abc").range(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textRangeKnowsItsLines() {
        TextRange range = new TextRange(0, 14, 1, 1, 2, 7);
        assertThat(range.coversLine(2)).isTrue();
        assertThat(range.coversLine(3)).isFalse();
        assertThat(range.length()).isEqualTo(14);
        assertThatThrownBy(() -> new TextRange(5, 3, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextRange(0, 3, 0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
