package dev.drydock.app.gui.vulnerabilities;

import dev.drydock.app.gui.common.DaemonAccess;
import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.vuln.advice.NewerLocalBaseImages;
import dev.drydock.core.vuln.advice.SeverityCounts;

import java.util.Map;
import java.util.Objects;

/**
 * The connected daemon's newer tags of a base image, read through the scans' layer cache and matched against
 * the window's vulnerability database: core's {@link NewerLocalBaseImages}, as {@code drydock scan} uses it.
 */
public final class DaemonBaseImages implements BaseImageCounts {

    private final DaemonAccess access;
    private final NewerLocalBaseImages newer;

    /** @param scanner how the scans read an image (their inspector and layer cache) */
    public DaemonBaseImages(DaemonAccess access, NewerLocalBaseImages.Scanner scanner, VulnerabilityDatabaseService database) {
        this.access = Objects.requireNonNull(access, "access");
        this.newer = new NewerLocalBaseImages(scanner, (image, cancel) -> database.match(image, cancel).report());
    }

    @Override
    public Map<String, SeverityCounts> of(Dockerfile dockerfile, ProgressListener progress, CancellationToken cancel)
            throws Exception {
        return newer.counts(dockerfile, access.daemon(), progress, cancel);
    }
}
