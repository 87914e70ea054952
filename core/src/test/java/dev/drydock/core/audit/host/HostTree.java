package dev.drydock.core.audit.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.EnumSet;
import java.util.Set;

/** A host file system in a temp directory: files and directories created with a given mode and owner. */
final class HostTree {

    /** A uid and gid no account on the test machine has, so they read back as numbers. */
    static final int STRANGER = 4242;

    private final Path root;

    HostTree(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    HostTree file(String hostPath, int mode) throws IOException {
        return file(hostPath, mode, "");
    }

    HostTree file(String hostPath, int mode, String content) throws IOException {
        Path path = path(hostPath);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
        Files.setPosixFilePermissions(path, permissions(mode));
        return this;
    }

    HostTree directory(String hostPath, int mode) throws IOException {
        Path path = path(hostPath);
        Files.createDirectories(path);
        Files.setPosixFilePermissions(path, permissions(mode));
        return this;
    }

    HostTree link(String hostPath, String target) throws IOException {
        Path path = path(hostPath);
        Files.createDirectories(path.getParent());
        Files.createSymbolicLink(path, Path.of(target));
        return this;
    }

    /** Gives {@code hostPath} to {@code user:group}, names or numeric ids (the tests run as root). */
    HostTree owner(String hostPath, String user, String group) throws IOException {
        UserPrincipalLookupService lookup = root.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal owner = lookup.lookupPrincipalByName(user);
        GroupPrincipal groupPrincipal = lookup.lookupPrincipalByGroupName(group);
        PosixFileAttributeView view = Files.getFileAttributeView(path(hostPath), PosixFileAttributeView.class);
        view.setOwner(owner);
        view.setGroup(groupPrincipal);
        return this;
    }

    Path path(String hostPath) {
        return root.resolve(hostPath.substring(1));
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission permission : PosixFilePermission.values()) {
            if ((mode & (0400 >> permission.ordinal())) != 0) {
                set.add(permission);
            }
        }
        return set;
    }
}
