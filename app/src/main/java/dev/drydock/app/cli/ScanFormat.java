package dev.drydock.app.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of {@code drydock scan}. */
enum ScanFormat {
    /** Summary, findings and a vulnerabilities table, for people. */
    TTY,
    /** Drydock's JSON: the findings as {@code lint --format json} writes them, plus {@code "vulnerabilities"}. */
    JSON,
    /** SARIF 2.1.0: findings and vulnerabilities as results of one run. */
    SARIF,
    /** A CycloneDX 1.6 SBOM of the image with a {@code vulnerabilities} section. */
    CYCLONEDX;

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code tty}, {@code json}, {@code sarif} or {@code cyclonedx}, in any case. */
    static final class Converter implements ITypeConverter<ScanFormat> {
        @Override
        public ScanFormat convert(String value) {
            return Arrays.stream(values()).filter(format -> format.id().equalsIgnoreCase(value.strip())).findFirst()
                    .orElseThrow(() -> new TypeConversionException("expected one of "
                            + Arrays.stream(values()).map(ScanFormat::id).collect(Collectors.joining(", "))
                            + " but was '" + value + "'"));
        }
    }
}
