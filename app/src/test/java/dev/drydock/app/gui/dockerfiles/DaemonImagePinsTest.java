package dev.drydock.app.gui.dockerfiles;

import dev.drydock.app.gui.dockerfiles.document.DocumentLinter;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.FixApplier;
import dev.drydock.core.lint.DockerfileLinter;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DaemonImagePinsTest {

    private static final String TEXT = "FROM node:latest\nUSER 65534\n";

    private final ObservableList<ImageSummary> images = FXCollections.observableArrayList();
    private final DocumentLinter linter = new DocumentLinter(DockerfileLinter.standard(), Map.of(), Optional::empty)
            .withLocalImages(DaemonImagePins.following(images));

    @Test
    void withoutTheImageLatestGetsAPlaceholderToReview() {
        Fix fix = latestFix();
        assertThat(fix.safety()).isEqualTo(Fix.Safety.NEEDS_REVIEW);
        assertThat(new FixApplier().apply(TEXT, fix)).startsWith("FROM node:<version>\n");
    }

    @Test
    void onceTheDaemonListsTheImageLatestIsPinnedToItsOtherTag() {
        images.add(new ImageSummary("sha256:" + "1".repeat(64), List.of("node:latest", "node:22.11.0"), List.of(), 1,
                Instant.EPOCH, Map.of(), 0));

        Fix fix = latestFix();
        assertThat(fix.safety()).isEqualTo(Fix.Safety.SAFE);
        assertThat(new FixApplier().apply(TEXT, fix)).startsWith("FROM node:22.11.0\n");
    }

    @Test
    void anImageThatGoesAwayIsForgotten() {
        images.add(new ImageSummary("sha256:" + "1".repeat(64), List.of("node:latest", "node:22.11.0"), List.of(), 1,
                Instant.EPOCH, Map.of(), 0));
        images.clear();

        assertThat(latestFix().safety()).isEqualTo(Fix.Safety.NEEDS_REVIEW);
    }

    private Fix latestFix() {
        Finding latest = linter.quick(Optional.empty(), TEXT).findings().stream()
                .filter(finding -> finding.ruleId().equals("DD3007")).findFirst().orElseThrow();
        return latest.fixes().get(0);
    }
}
