package dev.drydock.core.audit.host;

import dev.drydock.core.text.MessageTexts;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the owner and mode of the daemon files a {@link HostFileRule} names and judges them. */
public final class HostFileInspector {

    private static final MessageTexts TEXTS = MessageTexts.load(HostFileInspector.class, "host-files.properties");

    private final HostFileLocator locator;

    public HostFileInspector(HostFileLocator locator) {
        this.locator = locator;
    }

    public HostFileVerdict inspect(HostFileRule rule) {
        LocatedFiles located = locator.locate(rule.file());
        List<String> checked = new ArrayList<>();
        List<HostFileProblem> problems = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (String hostPath : located.hostPaths()) {
            PosixFileAttributes attributes;
            try {
                attributes = Files.readAttributes(locator.onDisk(hostPath), PosixFileAttributes.class);
            } catch (IOException | UnsupportedOperationException e) {
                String cause = e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
                unreadable.add(TEXTS.text("unreadable", hostPath, cause));
                continue;
            }
            checked.add(hostPath);
            judge(rule, hostPath, attributes).ifPresent(problems::add);
        }
        return new HostFileVerdict(rule, checked, problems, unreadable, located.absentReason());
    }

    private Optional<HostFileProblem> judge(HostFileRule rule, String hostPath, PosixFileAttributes attributes) {
        String why = TEXTS.text("why." + rule.file().name());
        if (rule.expectation() instanceof HostFileExpectation.Ownership ownership) {
            String actual = attributes.owner().getName() + ":" + attributes.group().getName();
            if (actual.equals(ownership.ownerAndGroup())) {
                return Optional.empty();
            }
            return Optional.of(new HostFileProblem(hostPath,
                    TEXTS.text("ownership", hostPath, actual, ownership.ownerAndGroup(), why),
                    "chown " + ownership.ownerAndGroup() + " " + hostPath));
        }
        HostFileExpectation.Permissions permissions = (HostFileExpectation.Permissions) rule.expectation();
        int actual = mode(attributes.permissions());
        if (permissions.allows(actual)) {
            return Optional.empty();
        }
        int extra = actual & ~permissions.mode() & 0777;
        return Optional.of(new HostFileProblem(hostPath,
                TEXTS.text("permissions", hostPath, HostFileExpectation.Permissions.octal(actual),
                        permissions.octal(), describe(extra), why),
                "chmod " + permissions.octal() + " " + hostPath));
    }

    static int mode(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission permission : permissions) {
            mode |= 0400 >> permission.ordinal();
        }
        return mode;
    }

    /** The bits in words: {@code write for group and others}. */
    static String describe(int bits) {
        List<String> parts = new ArrayList<>();
        String[] who = {"owner", "group", "others"};
        for (int i = 0; i < 3; i++) {
            int triple = (bits >> (6 - 3 * i)) & 7;
            if (triple == 0) {
                continue;
            }
            List<String> kinds = new ArrayList<>();
            if ((triple & 4) != 0) {
                kinds.add("read");
            }
            if ((triple & 2) != 0) {
                kinds.add("write");
            }
            if ((triple & 1) != 0) {
                kinds.add("execute");
            }
            parts.add(String.join("/", kinds) + " for " + who[i]);
        }
        return String.join(", ", parts);
    }
}
