package dev.drydock.core.audit.harden;

import dev.drydock.core.daemon.ContainerChange;
import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.MountInfo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Derives the directories a container needs writable from what it wrote ({@code docker diff}), so that
 * a read-only root filesystem gets a tmpfs exactly where needed. Each written path (a path of the diff with
 * nothing listed under it) is covered by the topmost directory the container itself created above it
 * (nothing of the image is hidden there), else by its parent directory: {@code /var/cache/nginx/x} gives
 * {@code /var/cache/nginx}; {@code /var/lib/app/data} in a new {@code /var/lib/app} gives {@code /var/lib/app}.
 * Directories under another chosen one are folded into it, and {@code /tmp} is always among them.
 *
 * <p>Ignored: what Docker itself manages ({@code /etc/hosts}, {@code /etc/hostname},
 * {@code /etc/resolv.conf}, {@code /.dockerenv}, {@code /dev}, {@code /proc}, {@code /sys}) and paths at or
 * under the container's mounts, which stay writable anyway.
 */
public final class WritablePathObserver {

    private static final Set<String> DOCKER_FILES = Set.of("/etc/hosts", "/etc/hostname", "/etc/resolv.conf",
            "/etc/mtab", "/.dockerenv");
    private static final List<String> DOCKER_TREES = List.of("/dev", "/proc", "/sys");
    private static final String TMP = "/tmp";

    /** Reads the container's changes from the daemon and derives its writable directories. */
    public WritablePathObservation observe(DockerDaemon daemon, ContainerDetails container) {
        return observe(container, daemon.containerChanges(container.id()));
    }

    public WritablePathObservation observe(ContainerDetails container, List<ContainerChange> changes) {
        Map<String, ContainerChange.Kind> byPath = new TreeMap<>();
        changes.forEach(change -> byPath.put(normalize(change.path()), change.kind()));
        List<String> mounts = container.mounts().stream().map(MountInfo::destination).map(WritablePathObserver::normalize)
                .toList();
        Map<String, List<String>> seen = new TreeMap<>();
        Set<String> hiding = new TreeSet<>();
        List<String> uncovered = new ArrayList<>();
        for (Map.Entry<String, ContainerChange.Kind> change : byPath.entrySet()) {
            String path = change.getKey();
            if (!isLeaf(path, byPath.keySet()) || ignored(path, mounts)) {
                continue;
            }
            String directory = coveringDirectory(path, byPath);
            if (directory.equals("/")) {
                uncovered.add(path + ": written directly under /, which no tmpfs can cover; move it into a"
                        + " directory or give it a volume.");
                continue;
            }
            if (ignored(directory, mounts)) {
                continue;
            }
            seen.computeIfAbsent(directory, d -> new ArrayList<>()).add(path);
            if (change.getValue() != ContainerChange.Kind.ADDED && byPath.get(directory) != ContainerChange.Kind.ADDED) {
                hiding.add(directory);
            }
        }
        return new WritablePathObservation(fold(seen, hiding), uncovered);
    }

    /** Folds directories under another chosen one into it and adds {@code /tmp}. */
    private static List<WritablePath> fold(Map<String, List<String>> seen, Set<String> hiding) {
        Map<String, List<String>> folded = new LinkedHashMap<>();
        Map<String, Boolean> hides = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : seen.entrySet()) {
            String directory = entry.getKey();
            String top = folded.keySet().stream().filter(chosen -> under(directory, chosen)).findFirst()
                    .orElse(directory);
            folded.computeIfAbsent(top, d -> new ArrayList<>()).addAll(entry.getValue());
            hides.merge(top, hiding.contains(directory), Boolean::logicalOr);
        }
        folded.putIfAbsent(TMP, List.of());
        hides.putIfAbsent(TMP, false);
        return folded.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> new WritablePath(entry.getKey(), entry.getValue().stream().sorted().toList(),
                        hides.get(entry.getKey()))).toList();
    }

    /** The topmost directory above {@code path} the container added, else the parent of {@code path}. */
    private static String coveringDirectory(String path, Map<String, ContainerChange.Kind> byPath) {
        String parent = parent(path);
        for (int slash = path.indexOf('/', 1); slash > 0; slash = path.indexOf('/', slash + 1)) {
            String ancestor = path.substring(0, slash);
            if (byPath.get(ancestor) == ContainerChange.Kind.ADDED) {
                return ancestor;
            }
        }
        return parent;
    }

    private static boolean isLeaf(String path, Set<String> paths) {
        String prefix = path + "/";
        return paths.stream().noneMatch(other -> other.startsWith(prefix));
    }

    private static boolean ignored(String path, List<String> mounts) {
        return DOCKER_FILES.contains(path) || DOCKER_TREES.stream().anyMatch(tree -> path.equals(tree) || under(path, tree))
                || mounts.stream().anyMatch(mount -> path.equals(mount) || under(path, mount));
    }

    private static boolean under(String path, String directory) {
        return directory.equals("/") || path.startsWith(directory + "/");
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    private static String normalize(String path) {
        String p = path == null ? "" : path.strip();
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
