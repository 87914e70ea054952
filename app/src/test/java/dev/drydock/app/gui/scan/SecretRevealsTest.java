package dev.drydock.app.gui.scan;

import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.image.layers.LayerCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The Secrets tab's reveal, without a toolkit: the scanned tarball is read again for real. */
class SecretRevealsTest {

    @TempDir
    Path folder;

    private ImageScanViewModel scanned(Path tarball) {
        ImageScanViewModel scan = new ImageScanViewModel(ScanTarget.tarball(tarball), UiTaskRunner.sameThread(),
                ImageInspector.using(LayerCache.in(folder.resolve("cache"))), () -> ScanFixtures.TODAY);
        scan.start();
        return scan;
    }

    private static SecretRow row(ImageScanViewModel scan, boolean hidden) {
        return scan.secrets().stream().filter(row -> row.hidden() == hidden && row.file().isPresent()).findFirst().orElseThrow();
    }

    @Test
    void revealsTheDeletedSecretOnlyAfterConfirmationAndOnlyWhileSelected() throws Exception {
        ImageScanViewModel scan = scanned(ScanFixtures.tarball(folder));
        SecretReveals reveals = scan.secretReveals();
        SecretRow deleted = row(scan, true);
        SecretRow visible = row(scan, false);

        assertThat(reveals.needsConfirmation()).isTrue();
        reveals.reveal(deleted);
        assertThat(reveals.clearTextOf(deleted)).as("nothing before the user confirmed").isNull();

        reveals.confirm();
        reveals.reveal(deleted);
        assertThat(reveals.revealingProperty().get()).isFalse();
        assertThat(reveals.selectedProperty().get()).isSameAs(deleted);
        assertThat(reveals.clearTextOf(deleted)).contains(ScanFixtures.DELETED_KEY);
        assertThat(reveals.clearTextOf(visible)).isNull();
        assertThat(reveals.shownProperty().get().toString()).doesNotContain(ScanFixtures.DELETED_KEY);
        assertThat(deleted.maskedEvidence()).as("the row itself stays masked").doesNotContain(ScanFixtures.DELETED_KEY);

        reveals.selectedProperty().set(visible);
        assertThat(reveals.clearTextOf(deleted)).as("moving the selection hides it").isNull();

        reveals.reveal(visible);
        assertThat(reveals.clearTextOf(visible)).contains(ScanFixtures.VISIBLE_KEY);
        reveals.hide();
        assertThat(reveals.shownProperty().get()).isNull();
    }

    @Test
    void aNewScanForgetsTheRevealedValue() throws Exception {
        ImageScanViewModel scan = scanned(ScanFixtures.tarball(folder));
        SecretReveals reveals = scan.secretReveals();
        reveals.confirm();
        reveals.reveal(row(scan, false));
        assertThat(reveals.shownProperty().get()).isNotNull();

        scan.start();

        assertThat(reveals.shownProperty().get()).isNull();
        assertThat(reveals.selectedProperty().get()).isNull();
    }

    @Test
    void secretsInTheConfigurationCannotBeRevealed() throws Exception {
        ImageScanViewModel scan = scanned(ScanFixtures.tarball(folder));

        assertThat(scan.secrets()).filteredOn(row -> row.layer() == 0).allSatisfy(row ->
                assertThat(SecretReveals.canReveal(row)).isFalse());
        assertThat(scan.secrets()).filteredOn(row -> row.file().isPresent()).hasSize(2);
    }

    @Test
    void aTarballThatIsGoneIsExplainedToTheUser() throws Exception {
        Path tarball = ScanFixtures.tarball(folder);
        ImageScanViewModel scan = scanned(tarball);
        SecretReveals reveals = scan.secretReveals();
        Files.delete(tarball);

        reveals.confirm();
        reveals.reveal(row(scan, false));

        assertThat(reveals.shownProperty().get()).isNull();
        assertThat(reveals.revealingProperty().get()).isFalse();
        assertThat(reveals.problemProperty().get().message()).contains("does not exist");
    }
}
