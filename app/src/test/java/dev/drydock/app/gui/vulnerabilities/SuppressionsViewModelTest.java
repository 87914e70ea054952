package dev.drydock.app.gui.vulnerabilities;

import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.vuln.VulnerabilitySeverity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Suppressions in the Vulnerabilities tab, without a toolkit: ignore files and OpenVEX documents written from the
 * fixture's real ids, applied to real matches, again when the list changes (without matching again), remembered,
 * and explained when a file cannot be used or an entry expired.
 */
class SuppressionsViewModelTest {

    @TempDir
    static Path shared;

    static ScannedImage image;
    static Path database;

    @TempDir
    Path dir;

    private final List<List<Path>> remembered = new ArrayList<>();
    private final Queue<Runnable> matching = new ArrayDeque<>();
    private SuppressionFiles files;
    private VulnerabilityDatabaseService service;

    @BeforeAll
    static void scanAndImport() throws Exception {
        image = VulnerableImage.scanned(shared);
        database = VulnerableImage.database(shared.resolve("vulnerabilities.db"));
    }

    @BeforeEach
    void setUp() {
        files = new SuppressionFiles(UiTaskRunner.sameThread(), remembered::add);
        service = new VulnerabilityDatabaseService(database);
        service.useSuppressions(files);
    }

    /** A tab whose matching runs when the test says, so the test sees whether anything matched again. */
    private VulnerabilitiesViewModel matchedTab() {
        VulnerabilitiesViewModel tab = new VulnerabilitiesViewModel(new UiTaskRunner(matching::add, Runnable::run),
                service, () -> VulnerableImage.IMPORTED);
        tab.match(image);
        matching.poll().run();
        assertThat(tab.stateProperty().get()).isEqualTo(VulnerabilitiesViewModel.State.DONE);
        return tab;
    }

    private Path ignoreFile(String text) throws Exception {
        return Files.writeString(dir.resolve(".trivyignore"), text);
    }

    private Path vex(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private static final String LODASH_NOT_AFFECTED = """
            {
              "@context": "https://openvex.dev/ns/v0.2.0",
              "@id": "https://example.org/vex/shop-2026-01",
              "author": "Shop security team",
              "timestamp": "2026-01-05T10:00:00Z",
              "version": 1,
              "statements": [
                {
                  "vulnerability": { "name": "GHSA-35jh-r3h4-6jhm", "aliases": [ "CVE-2021-23337" ] },
                  "products": [ { "@id": "pkg:npm/lodash@4.17.15" } ],
                  "status": "not_affected",
                  "justification": "vulnerable_code_not_in_execute_path",
                  "impact_statement": "the app never calls _.template"
                }
              ]
            }
            """;

    @Test
    void anIgnoreFileSuppressesItsIdsWithTheLineAsTheReason() throws Exception {
        VulnerabilitiesViewModel tab = matchedTab();
        Path ignore = ignoreFile("# judged 2026-01-09\nCVE-2021-44228 exp:2026-06-30\n");

        files.add(List.of(ignore));

        VulnerabilityRow log4j = row(tab, "CVE-2021-44228");
        assertThat(log4j.status()).isEqualTo("suppressed");
        tab.table().select(log4j);
        assertThat(tab.table().detailsProperty().get().suppression())
                .isEqualTo(ignore.toAbsolutePath() + " line 2: CVE-2021-44228 (until 2026-06-30)");
        assertThat(tab.count(VulnerabilitySeverity.CRITICAL)).isZero();
        assertThat(tab.count(VulnerabilitySeverity.HIGH)).isEqualTo(3);
        assertThat(tab.suppressions().summaryProperty().get()).isEqualTo("1 suppression file active: 1 vulnerability suppressed");
        assertThat(tab.suppressions().files()).extracting(SuppressionFile::kind).containsExactly("ignore file, 1 id");
        assertThat(tab.suppressions().notesProperty().get()).isEmpty();
        assertThat(matching).as("applied without matching again").isEmpty();
    }

    @Test
    void aVexStatementSuppressesTheNamedPackageAndRemovingTheFileBringsItBack() throws Exception {
        VulnerabilitiesViewModel tab = matchedTab();
        Path document = vex("shop.openvex.json", LODASH_NOT_AFFECTED);
        tab.table().select(row(tab, "CVE-2021-23337"));

        files.add(List.of(document));

        assertThat(tab.table().rows()).filteredOn(VulnerabilityRow::suppressed)
                .extracting(VulnerabilityRow::packageName, VulnerabilityRow::id)
                .containsExactly(tuple("lodash", "CVE-2021-23337"));
        assertThat(tab.table().detailsProperty().get().suppression()).as("the selection stays")
                .startsWith(document.toAbsolutePath().toString()).contains("not_affected")
                .contains("vulnerable_code_not_in_execute_path");
        assertThat(tab.suppressions().files()).extracting(SuppressionFile::kind).containsExactly("OpenVEX document, 1 statement");

        tab.suppressions().remove(tab.suppressions().files().get(0));

        assertThat(tab.table().rows()).noneMatch(VulnerabilityRow::suppressed).hasSize(4);
        assertThat(tab.suppressions().summaryProperty().get()).startsWith("No suppressions");
        assertThat(remembered).containsExactly(List.of(document.toAbsolutePath()), List.of());
        assertThat(matching).as("applied without matching again").isEmpty();
    }

    @Test
    void everyOpenTabAppliesTheSharedFilesAndAClosedOneStops() throws Exception {
        VulnerabilitiesViewModel first = matchedTab();
        VulnerabilitiesViewModel second = matchedTab();
        VulnerabilitiesViewModel closed = matchedTab();
        closed.dispose();

        files.add(List.of(ignoreFile("CVE-2020-8203\n")));

        assertThat(row(first, "CVE-2020-8203").suppressed()).isTrue();
        assertThat(row(second, "CVE-2020-8203").suppressed()).isTrue();
        assertThat(row(closed, "CVE-2020-8203").suppressed()).isFalse();
    }

    @Test
    void filesChosenBeforeMatchingApplyToTheFirstMatches() throws Exception {
        files.add(List.of(ignoreFile("GHSA-p6mc-m468-83gw\n"))); // an alias of CVE-2020-8203

        VulnerabilitiesViewModel tab = matchedTab();

        assertThat(row(tab, "CVE-2020-8203").suppressed()).isTrue();
    }

    @Test
    void anExpiredEntryNoLongerSuppressesAndTheTabSaysItExpired() throws Exception {
        VulnerabilitiesViewModel tab = matchedTab(); // judged on 2026-01-10
        Path ignore = ignoreFile("CVE-2021-44228 exp:2025-12-31\nCVE-2021-23337 exp:31.12.2026\n");

        files.add(List.of(ignore));

        assertThat(row(tab, "CVE-2021-44228").suppressed()).isFalse();
        assertThat(row(tab, "CVE-2021-23337").suppressed()).isFalse();
        assertThat(tab.suppressions().notesProperty().get().lines()).containsExactlyInAnyOrder(
                ignore.toAbsolutePath() + " line 1: CVE-2021-44228 expired on 2025-12-31; it no longer suppresses",
                ignore.toAbsolutePath() + " line 2: '31.12.2026' is not a date (write exp:YYYY-MM-DD); the line is skipped");
        assertThat(tab.suppressions().summaryProperty().get()).endsWith("0 vulnerabilities suppressed");
    }

    @Test
    void aFileThatIsNotAValidVexDocumentIsNotAddedAndTheTabSaysWhy() throws Exception {
        VulnerabilitiesViewModel tab = matchedTab();
        Path broken = vex("broken.json", "{ \"statements\": [ { \"vulnerability\": ");
        Path wrongStatus = vex("wrong.json", LODASH_NOT_AFFECTED.replace("not_affected", "harmless"));
        Path binary = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, (byte) 0xfe});

        files.add(List.of(broken, wrongStatus, binary, dir.resolve("missing.trivyignore")));

        assertThat(tab.suppressions().files()).isEmpty();
        assertThat(tab.suppressions().problemProperty().get().lines()).satisfiesExactly(
                line -> assertThat(line).startsWith(broken.toAbsolutePath() + " is not valid JSON"),
                line -> assertThat(line).contains("statement 1 has the status 'harmless'").contains("not_affected"),
                line -> assertThat(line).isEqualTo(binary.toAbsolutePath() + " is not a text file. Choose an ignore file "
                        + "(one vulnerability id per line) or an OpenVEX document (JSON)."),
                line -> assertThat(line).contains("missing.trivyignore does not exist"));
        assertThat(tab.suppressions().problemProperty().get()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(remembered).isEmpty();
        assertThat(tab.table().rows()).noneMatch(VulnerabilityRow::suppressed);
    }

    @Test
    void aRememberedFileThatIsGoneStaysListedWithItsProblemUntilRemoved() throws Exception {
        Path kept = ignoreFile("CVE-2021-44228\n");
        files.load(List.of(dir.resolve("moved/.trivyignore"), kept));
        VulnerabilitiesViewModel tab = matchedTab();

        assertThat(tab.suppressions().files()).extracting(SuppressionFile::usable).containsExactly(false, true);
        assertThat(tab.suppressions().files().get(0).problem()).contains("does not exist").contains("Remove it");
        assertThat(row(tab, "CVE-2021-44228").suppressed()).isTrue();
        assertThat(remembered).as("loading is not a change to remember").isEmpty();

        tab.suppressions().remove(tab.suppressions().files().get(0));
        assertThat(remembered).containsExactly(List.of(kept.toAbsolutePath()));
    }

    @Test
    void readingAgainPicksUpAnEditedFile() throws Exception {
        VulnerabilitiesViewModel tab = matchedTab();
        Path ignore = ignoreFile("CVE-2021-44228\n");
        files.add(List.of(ignore));
        Files.writeString(ignore, "CVE-2021-44228\nCVE-2023-4911\n");

        tab.suppressions().readAgain();

        assertThat(tab.table().rows()).filteredOn(VulnerabilityRow::suppressed).extracting(VulnerabilityRow::id)
                .containsExactlyInAnyOrder("CVE-2021-44228", "CVE-2023-4911");
        assertThat(matching).isEmpty();
    }

    @Test
    void theChooserAddsWhatTheUserPicked() throws Exception {
        VulnerabilitiesViewModel tab = matchedTab();
        assertThat(tab.suppressions().canChoose()).isFalse();
        Path ignore = ignoreFile("CVE-2021-44228\n");
        files.useChooser(() -> List.of(ignore));

        tab.suppressions().choose();

        assertThat(tab.suppressions().canChoose()).isTrue();
        assertThat(row(tab, "CVE-2021-44228").suppressed()).isTrue();
        assertThat(remembered).containsExactly(List.of(ignore.toAbsolutePath()));
    }

    @Test
    void theScanWarnsAfterTheUsersAgeLimitAndFollowsItsChanges() {
        VulnerabilitiesViewModel tab = new VulnerabilitiesViewModel(UiTaskRunner.sameThread(), service,
                () -> VulnerableImage.IMPORTED.plus(java.time.Duration.ofDays(10)));
        service.maxAgeProperty().set(java.time.Duration.ofDays(30));
        tab.match(image);
        assertThat(tab.databaseWarningProperty().get()).isEmpty();

        service.maxAgeProperty().set(java.time.Duration.ofDays(5));

        assertThat(tab.databaseWarningProperty().get()).contains("10 days old");
    }

    private static VulnerabilityRow row(VulnerabilitiesViewModel tab, String id) {
        return tab.table().allRows().stream().filter(row -> row.id().equals(id)).findFirst().orElseThrow();
    }
}
