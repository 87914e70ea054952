package dev.drydock.core.seccomp.export;

import dev.drydock.core.testing.GoldenFiles;
import org.junit.jupiter.api.Test;

/** The exact text of the Compose and Kubernetes snippets, as users copy them. */
class SeccompSnippetGoldenTest {

    private static final GoldenFiles GOLDEN = GoldenFiles.beside(SeccompSnippetGoldenTest.class);

    @Test
    void composeSnippet() {
        GOLDEN.assertMatches("web.compose.yaml", ComposeSeccompExport.render("web", "web.json"));
    }

    @Test
    void kubernetesSnippet() {
        GOLDEN.assertMatches("web.k8s.yaml", KubernetesSeccompExport.render("web"));
    }
}
