package dev.drydock.app.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextTableTest {

    @Test
    void alignsColumnsWithThreeSpacesAndAMinimumWidthOfTen() {
        String printed = print(new TextTable("ID", "LONGER HEADER", "LAST")
                .add("a", "b", "c")
                .add("abcdefghijkl", "", "the last column is not padded"));

        assertThat(printed).isEqualTo(""
                + "ID             LONGER HEADER   LAST\n"
                + "a              b               c\n"
                + "abcdefghijkl                   the last column is not padded\n");
    }

    @Test
    void printsOnlyTheHeaderWhenEmpty() {
        assertThat(print(new TextTable("REPOSITORY", "TAG"))).isEqualTo("REPOSITORY   TAG\n");
    }

    @Test
    void refusesRowsOfTheWrongWidth() {
        assertThatThrownBy(() -> new TextTable("A", "B").add("only one"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static String print(TextTable table) {
        StringWriter text = new StringWriter();
        table.print(new PrintWriter(text));
        return text.toString().replace(System.lineSeparator(), "\n");
    }
}
