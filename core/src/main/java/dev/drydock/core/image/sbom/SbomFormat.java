package dev.drydock.core.image.sbom;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The Software Bill of Materials formats Drydock writes, by the name users type ({@code --format cyclonedx}). */
public enum SbomFormat {
    CYCLONEDX("cyclonedx", "CycloneDX 1.6 JSON", ".cdx.json"),
    SPDX("spdx", "SPDX 2.3 JSON", ".spdx.json");

    private final String cliName;
    private final String title;
    private final String fileSuffix;

    SbomFormat(String cliName, String title, String fileSuffix) {
        this.cliName = cliName;
        this.title = title;
        this.fileSuffix = fileSuffix;
    }

    /** The name on the command line and in settings: {@code cyclonedx}, {@code spdx}. */
    public String cliName() {
        return cliName;
    }

    /** For menus and messages: {@code CycloneDX 1.6 JSON}. */
    public String title() {
        return title;
    }

    /** The conventional file name ending, {@code .cdx.json} or {@code .spdx.json}. */
    public String fileSuffix() {
        return fileSuffix;
    }

    /** The format a user named, ignoring case; empty when there is none by that name. */
    public static Optional<SbomFormat> byName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.cliName.equals(wanted)).findFirst();
    }
}
