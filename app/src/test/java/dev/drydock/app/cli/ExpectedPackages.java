package dev.drydock.app.cli;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;

import java.util.List;
import java.util.TreeMap;

/**
 * The packages of {@link RealisticImage}, with the Package URLs they must have: the Debian ones as
 * written in the real dpkg status (epochs and {@code +} percent-encoded by the purl library itself).
 */
final class ExpectedPackages {

    /** name, version, source package, source version of each dpkg entry. */
    static final List<List<String>> DEBIAN = List.of(
            List.of("base-files", "12.4+deb12u11", "", ""),
            List.of("zlib1g", "1:1.2.13.dfsg-1", "zlib", ""),
            List.of("libzstd1", "1.5.4+dfsg2-5", "libzstd", ""),
            List.of("bash", "5.2.15-2+b8", "bash", "5.2.15-2"),
            List.of("busybox-static", "1:1.35.0-4+deb12u1+b1", "busybox", "1:1.35.0-4+deb12u1"));

    static final List<String> PURLS = List.of(
            debian("base-files", "12.4+deb12u11"), debian("zlib1g", "1:1.2.13.dfsg-1"),
            debian("libzstd1", "1.5.4+dfsg2-5"), debian("bash", "5.2.15-2+b8"),
            debian("busybox-static", "1:1.35.0-4+deb12u1+b1"),
            RealisticImage.COMMONS_COMPRESS_PURL, "pkg:npm/left-pad@1.3.0", "pkg:npm/%40babel/code-frame@7.24.7",
            "pkg:pypi/requests@2.31.0");

    private ExpectedPackages() {
    }

    static String debian(String name, String version) {
        TreeMap<String, String> qualifiers = new TreeMap<>();
        qualifiers.put("arch", "amd64");
        qualifiers.put("distro", "debian-12");
        try {
            return new PackageURL("deb", "debian", name, version, qualifiers, null).canonicalize();
        } catch (MalformedPackageURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
