package dev.drydock.core.image.analyzers.secrets;

import dev.drydock.core.image.scan.EntryType;
import dev.drydock.core.image.scan.LayerEntry;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which files the secret analyzer reads. The choices, so that a scan stays fast and its findings stay
 * worth reading:
 * <ul>
 *   <li>regular files of 1 byte up to {@value #MAX_BYTES} bytes (configuration and scripts are small;
 *       larger files are data, logs or bundles); the known credential files ({@code .npmrc},
 *       {@code .pypirc}, {@code .docker/config.json}, {@code .env}) always;</li>
 *   <li>not files whose extension says they are binary (images, fonts, archives, compiled code); other
 *       binaries are recognised by a NUL byte in their first block and skipped by {@link TextFile};</li>
 *   <li>not what the distribution ships as documentation or data ({@code usr/share/doc}, man pages,
 *       locales, time zones, licences, public CA certificates, C headers) nor the package managers'
 *       databases and caches;</li>
 *   <li>not the tests, examples and docs inside third-party package trees ({@code node_modules},
 *       {@code site-packages}, gems, Go module cache, vendored code, the Python standard library's
 *       test suite): libraries ship test keys and example tokens by the hundred, and they are not the
 *       image author's secrets.</li>
 * </ul>
 */
public final class SecretScanScope {

    /** The largest file read. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private static final List<String> SKIPPED_PREFIXES = List.of(
            "usr/share/doc/", "usr/share/man/", "usr/share/info/", "usr/share/locale/", "usr/share/i18n/",
            "usr/share/zoneinfo/", "usr/share/common-licenses/", "usr/share/mime/", "usr/share/ca-certificates/",
            "usr/share/perl/", "usr/share/perl5/", "etc/ssl/certs/", "usr/include/", "usr/lib/locale/",
            "var/lib/dpkg/", "var/lib/apt/lists/", "var/lib/rpm/", "lib/apk/db/", "var/cache/", "proc/", "sys/", "dev/");

    private static final List<String> PACKAGE_TREES = List.of(
            "node_modules/", "site-packages/", "dist-packages/", "/gems/", "go/pkg/mod/", "vendor/",
            ".m2/repository/", "lib/python");

    private static final Set<String> PACKAGE_NOISE_DIRECTORIES = Set.of(
            "test", "tests", "testdata", "testing", "__tests__", "fixtures", "spec", "example", "examples", "doc", "docs");

    private static final Set<String> BINARY_EXTENSIONS = Set.of(
            "png", "jpg", "jpeg", "gif", "ico", "webp", "bmp", "svgz", "woff", "woff2", "ttf", "otf", "eot",
            "gz", "tgz", "bz2", "xz", "zst", "zip", "7z", "jar", "war", "ear", "class", "so", "a", "o", "pyc",
            "pyo", "whl", "mo", "db", "sqlite", "wasm", "pdf", "mp3", "mp4", "deb", "rpm", "iso", "dll", "exe");

    private SecretScanScope() {
    }

    public static boolean wants(LayerEntry entry) {
        if (entry.type() != EntryType.FILE || entry.size() == 0) {
            return false;
        }
        if (CredentialFiles.isCredentialFile(entry.path())) {
            return true;
        }
        return entry.size() <= MAX_BYTES && !isNoise(entry.path());
    }

    /** True for paths whose files are not the image author's and hold nothing worth reporting. */
    static boolean isNoise(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (SKIPPED_PREFIXES.stream().anyMatch(lower::startsWith) || BINARY_EXTENSIONS.contains(extension(lower))
                || lower.matches(".*\\.so(\\.[0-9]+)+$")) {
            return true;
        }
        if (PACKAGE_TREES.stream().noneMatch(lower::contains)) {
            return false;
        }
        if (lower.endsWith(".md") || lower.endsWith(".rst") || lower.endsWith(".txt")) {
            return true;
        }
        String[] segments = lower.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            if (PACKAGE_NOISE_DIRECTORIES.contains(segments[i])) {
                return true;
            }
        }
        return false;
    }

    private static String extension(String lowerPath) {
        int slash = lowerPath.lastIndexOf('/');
        int dot = lowerPath.lastIndexOf('.');
        return dot > slash + 1 ? lowerPath.substring(dot + 1) : "";
    }
}
