package dev.drydock.core.settings;

import dev.drydock.core.daemon.endpoint.EndpointChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsStoreTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("drydock").resolve("settings.json");
    }

    private SettingsStore store() {
        return new SettingsStore(file());
    }

    private LoadedSettings loadFrom(String content) throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), content);
        return store().load();
    }

    private static final DrydockSettings REMEMBERED = DrydockSettings.defaults()
            .withEndpoint(EndpointChoice.host("tcp://build-box:2376", true, "/home/alice/certs"))
            .withWindow(new DrydockSettings.WindowSize(1280, 800, false))
            .withLastOpenedFolder("/home/alice/projects/shop");

    @Test
    void firstRunGivesDefaultsWithoutWarning() {
        assertThat(store().load()).isEqualTo(LoadedSettings.of(DrydockSettings.defaults()));
    }

    @Test
    void defaultsConnectAutomatically() {
        assertThat(DrydockSettings.defaults().endpoint()).isEqualTo(EndpointChoice.automatic());
    }

    @Test
    void savedSettingsLoadBack() throws IOException {
        store().save(REMEMBERED);
        assertThat(store().load()).isEqualTo(LoadedSettings.of(REMEMBERED));
    }

    @Test
    void contextChoiceLoadsBack() throws IOException {
        DrydockSettings settings = DrydockSettings.defaults().withEndpoint(EndpointChoice.context("colima"));
        store().save(settings);
        assertThat(store().load().settings()).isEqualTo(settings);
    }

    @Test
    void savingReplacesTheOldFileAndLeavesNoTemporaryFiles() throws IOException {
        store().save(DrydockSettings.defaults());
        store().save(REMEMBERED);
        assertThat(store().load().settings()).isEqualTo(REMEMBERED);
        try (var files = Files.list(file().getParent())) {
            assertThat(files).containsExactly(file());
        }
    }

    @Test
    void fileIsReadableJsonWithoutEmptyFields() throws IOException {
        store().save(DrydockSettings.defaults().withEndpoint(EndpointChoice.context("colima")));
        assertThat(Files.readString(file()))
                .contains("\"kind\" : \"CONTEXT\"", "\"contextName\" : \"colima\"")
                .doesNotContain("null", "window");
    }

    @Test
    void unknownFieldsFromANewerDrydockAreIgnored() throws IOException {
        assertThat(loadFrom("{\"lastOpenedFolder\":\"/src\",\"theme\":\"dark\"}"))
                .isEqualTo(LoadedSettings.of(DrydockSettings.defaults().withLastOpenedFolder("/src")));
    }

    @Test
    void missingFieldsTakeDefaults() throws IOException {
        assertThat(loadFrom("{}")).isEqualTo(LoadedSettings.of(DrydockSettings.defaults()));
    }

    @Test
    void corruptFileGivesDefaultsAndAWarningAndIsKept() throws IOException {
        LoadedSettings loaded = loadFrom("{\"endpoint\": {\"kind\": ");
        assertThat(loaded.settings()).isEqualTo(DrydockSettings.defaults());
        assertThat(loaded.warning()).hasValueSatisfying(w -> assertThat(w)
                .startsWith("Drydock could not understand its settings file " + file())
                .contains("started with default settings", "kept as " + file() + ".bad"));
        assertThat(file()).doesNotExist();
        assertThat(file().resolveSibling("settings.json.bad")).hasContent("{\"endpoint\": {\"kind\": ");
    }

    @Test
    void aSecondCorruptFileDoesNotOverwriteTheFirst() throws IOException {
        loadFrom("first broken");
        LoadedSettings second = loadFrom("second broken");
        assertThat(second.warning()).hasValueSatisfying(w -> assertThat(w).contains("settings.json.bad.2"));
        assertThat(file().resolveSibling("settings.json.bad")).hasContent("first broken");
        assertThat(file().resolveSibling("settings.json.bad.2")).hasContent("second broken");
    }

    @Test
    void savingAfterACorruptFileKeepsTheBadCopy() throws IOException {
        loadFrom("not json");
        store().save(REMEMBERED);
        assertThat(file().resolveSibling("settings.json.bad")).hasContent("not json");
    }

    @Test
    void warningSaysWhereTheJsonBreaks() throws IOException {
        assertThat(loadFrom("{\n  \"lastOpenedFolder\": \"/src\",\n  oops\n}").problem()).contains("(line 3: not valid JSON)");
    }

    @Test
    void warningNamesTheFieldWithABadValueWithoutJavaNames() throws IOException {
        String problem = loadFrom("{\"endpoint\": {\"kind\": \"TELEPATHY\"}}").problem();
        assertThat(problem).contains("\"endpoint.kind\" has a value Drydock does not understand").doesNotContain("dev.drydock", "java.");
    }

    @Test
    void emptyFileIsTreatedAsCorrupt() throws IOException {
        assertThat(loadFrom("  \n").problem()).contains("(the file is empty)");
    }

    @Test
    void fileOfTheWrongShapeIsTreatedAsCorrupt() throws IOException {
        assertThat(loadFrom("[1, 2]").warning()).isPresent();
    }

    @Test
    void contextChoiceWithoutANameIsTreatedAsCorrupt() throws IOException {
        assertThat(loadFrom("{\"endpoint\": {\"kind\": \"CONTEXT\"}}").warning()).isPresent();
    }

    @Test
    void saveFailureSaysWhereAndKeepsTheOldFile() throws IOException {
        store().save(REMEMBERED);
        Path blocked = folder.resolve("blocked");
        Files.writeString(blocked, "a file where a folder should be");
        assertThatThrownBy(() -> new SettingsStore(blocked.resolve("settings.json")).save(REMEMBERED))
                .isInstanceOf(IOException.class);
        assertThat(store().load().settings()).isEqualTo(REMEMBERED);
    }
}
