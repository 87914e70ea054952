package dev.drydock.core.image.sbom;

import dev.drydock.core.image.scan.ScannedImage;
import java.io.IOException;
import java.io.OutputStream;

/** Writes an image's SBOM in the format the user chose: the one entry point for the CLI and the GUI. */
public final class SbomExporters {

    private SbomExporters() {
    }

    /** Writes the SBOM to {@code out} (UTF-8 JSON); does not close it. */
    public static void write(ScannedImage image, SbomFormat format, OutputStream out, SbomContext context) throws IOException {
        switch (format) {
            case CYCLONEDX -> new CycloneDxExporter().write(image, context, out);
            case SPDX -> new SpdxExporter().write(image, context, out);
        }
    }
}
