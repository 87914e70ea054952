package dev.drydock.core.seccomp.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeccompProfileReaderTest {

    @Test
    void malformedJsonSaysLineAndColumn() {
        String text = "{\n  \"defaultAction\": \"SCMP_ACT_ERRNO\"\n  \"syscalls\": []\n}";
        SeccompReadException e = catchThrowableOfType(SeccompReadException.class,
                () -> SeccompProfileReader.read(text));

        assertThat(e.position()).contains(new SourcePosition(3, 3));
        assertThat(e.getMessage()).startsWith("The seccomp profile is not valid JSON at line 3, column 3")
                .contains("missing comma");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedWithItsPosition() {
        String text = "{\n\t\"defaultAction\": \"SCMP_ACT_ERRNO\",\n\t\"syscalls\": [\n\t\t{\"names\": \"read\"}\n\t]\n}";
        SeccompReadException e = catchThrowableOfType(SeccompReadException.class,
                () -> SeccompProfileReader.read(text));

        assertThat(e.pointer()).isEqualTo("/syscalls/0/names");
        assertThat(e.position()).contains(new SourcePosition(4, 4));
        assertThat(e.getMessage()).contains("\"names\" must be a list, found text \"read\"")
                .contains("line 4, column 4");
    }

    @Test
    void negativeNumbersAreRefused() {
        assertThatThrownBy(() -> SeccompProfileReader.read("{\"defaultAction\":\"SCMP_ACT_ERRNO\",\"defaultErrnoRet\":-1}"))
                .isInstanceOf(SeccompReadException.class)
                .hasMessageContaining("\"defaultErrnoRet\" must be between 0 and 18446744073709551615, found -1");
    }

    @Test
    void emptyTextAndNonObjectsAreExplained() {
        assertThatThrownBy(() -> SeccompProfileReader.read("  ")).hasMessageContaining("is empty");
        assertThatThrownBy(() -> SeccompProfileReader.read("[1]")).hasMessageContaining("must be a JSON object");
    }

    @Test
    void textAfterTheProfileIsRefused() {
        assertThatThrownBy(() -> SeccompProfileReader.read("{\"defaultAction\": \"SCMP_ACT_ERRNO\"}\n}"))
                .isInstanceOf(SeccompReadException.class)
                .hasMessageStartingWith("The seccomp profile is not valid JSON at line 2, column 1");
    }

    @Test
    void aMissingFileIsAClearMessage(@TempDir Path dir) {
        assertThatThrownBy(() -> SeccompProfileReader.readFile(dir.resolve("nope.json")))
                .isInstanceOf(SeccompReadException.class)
                .hasMessage("The seccomp profile " + dir.resolve("nope.json") + " does not exist. Check the path.");
    }

    @Test
    void aFileThatIsNotUtf8IsAClearMessage(@TempDir Path dir) throws Exception {
        Path latin1 = Files.write(dir.resolve("latin1.json"), new byte[] {'{', '"', (byte) 0xe9, '"', '}'});
        assertThatThrownBy(() -> SeccompProfileReader.readFile(latin1)).hasMessageEndingWith("save it as UTF-8 JSON.");
    }

    @Test
    void positionsPointAtFieldsAndArrayItems() throws Exception {
        String text = "{\n\t\"defaultAction\": \"SCMP_ACT_ERRNO\",\n\t\"syscalls\": [\n\t\t{\n\t\t\t\"names\": [\"read\", \"write\"]\n\t\t}\n\t]\n}";
        SourcePositions positions = SeccompProfileReader.readDocument(text).positions();

        assertThat(positions.find("/defaultAction")).contains(new SourcePosition(2, 2));
        assertThat(positions.find("/syscalls/0")).contains(new SourcePosition(4, 3));
        assertThat(positions.find("/syscalls/0/names/1")).contains(new SourcePosition(5, 22));
        assertThat(positions.find("/syscalls/0/action")).as("a missing field falls back to its object")
                .contains(new SourcePosition(4, 3));
    }
}
