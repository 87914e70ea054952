package dev.drydock.core.image;

/** The layouts of image archives Drydock reads. */
public enum ImageArchiveFormat {
    /** {@code docker save} before Docker 25: manifest.json, a config json, one folder per layer. */
    DOCKER_SAVE,
    /** An OCI image layout (oci-layout, index.json, blobs/sha256/…); Docker 25+ writes both in one tar. */
    OCI_LAYOUT
}
