package dev.drydock.app.gui.scan;

import dev.drydock.core.image.scan.EntryType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FileTreeTest {

    @TempDir
    static Path folder;

    private static FileNode root;

    @BeforeAll
    static void scan() throws Exception {
        root = FileTree.of(ScanFixtures.report(folder).image());
    }

    @Test
    void everyPathOfTheMergedFilesystemIsInTheTreeWithTheLayerThatAddedIt() {
        FileNode passwd = find(root, "etc/passwd").orElseThrow();
        assertThat(passwd.state()).isEqualTo(FileNode.State.PRESENT);
        assertThat(passwd.name()).isEqualTo("passwd");
        assertThat(passwd.addedIn()).isZero();
        assertThat(passwd.changes()).isEqualTo("added in layer 1");
        assertThat(find(root, "app/node_modules/left-pad/package.json").orElseThrow().addedIn()).isEqualTo(1);
    }

    @Test
    void aDeletedFolderStaysInTheTreeMarkedDeletedWithTheLayerThatDeletedIt() {
        FileNode old = find(root, "app/old").orElseThrow();
        FileNode key = find(root, "app/old/.aws/credentials").orElseThrow();

        assertThat(old.state()).isEqualTo(FileNode.State.DELETED);
        assertThat(key.state()).isEqualTo(FileNode.State.DELETED);
        assertThat(key.changes()).isEqualTo("added in layer 2, deleted in 3");
        assertThat(key.flags()).contains("deleted, still shipped");
        assertThat(key.size()).isPositive();
    }

    @Test
    void setuidFilesAreMarkedAndShowTheirModeLikeLs() {
        FileNode su = find(root, "bin/su").orElseThrow();

        assertThat(su.flags()).isEqualTo("setuid");
        assertThat(FileModes.of(su.type(), su.mode())).isEqualTo("-rwsr-xr-x");
    }

    @Test
    void aFoldersSizeIsWhatIsBelowIt() {
        FileNode etc = find(root, "etc").orElseThrow();

        assertThat(etc.isFolder()).isTrue();
        assertThat(etc.size()).isEqualTo(etc.children().stream().mapToLong(FileNode::size).sum()).isPositive();
    }

    @Test
    void filteringToOneLayerKeepsWhatItTouchedAndTheFoldersAboveIt() {
        FileNode third = FileTree.filter(root, new FileTree.Filter(2, "", true));

        assertThat(paths(third)).contains("app", "app/old", "app/old/.aws/credentials")
                .doesNotContain("etc/passwd", "app/.aws/credentials");
        assertThat(paths(FileTree.filter(root, new FileTree.Filter(0, "", true))))
                .contains("etc/passwd", "bin/su").doesNotContain("app/.aws/credentials");
    }

    @Test
    void deletedPathsCanBeLeftOutAndPathsFoundByText() {
        assertThat(paths(FileTree.filter(root, new FileTree.Filter(-1, "", false))))
                .contains("app/.aws/credentials").doesNotContain("app/old/.aws/credentials");
        assertThat(paths(FileTree.filter(root, new FileTree.Filter(-1, "CREDENTIALS", true))))
                .contains("app", "app/.aws/credentials", "app/old/.aws/credentials").doesNotContain("etc/passwd");
        assertThat(FileTree.filter(root, new FileTree.Filter(-1, "no such path", true)).children()).isEmpty();
        assertThat(FileTree.filter(root, FileTree.Filter.ALL)).isSameAs(root);
    }

    @Test
    void modesReadLikeLs() {
        assertThat(FileModes.of(EntryType.DIRECTORY, 01777)).isEqualTo("drwxrwxrwt");
        assertThat(FileModes.of(EntryType.FILE, 02644)).isEqualTo("-rw-r-Sr--");
        assertThat(FileModes.of(EntryType.SYMLINK, 0777)).isEqualTo("lrwxrwxrwx");
    }

    static Optional<FileNode> find(FileNode node, String path) {
        if (node.path().equals(path)) {
            return Optional.of(node);
        }
        return node.children().stream().map(child -> find(child, path)).flatMap(Optional::stream).findFirst();
    }

    static List<String> paths(FileNode node) {
        List<String> all = new ArrayList<>();
        node.children().forEach(child -> {
            all.add(child.path());
            all.addAll(paths(child));
        });
        return all;
    }
}
