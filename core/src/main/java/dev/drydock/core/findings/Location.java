package dev.drydock.core.findings;

import java.util.Objects;

/** Where a finding is: a span of a Dockerfile, a file in an image layer, a container field or a daemon setting. */
public sealed interface Location {

    /** A short human description, e.g. {@code Dockerfile:3:1} or {@code container web: HostConfig.Privileged}. */
    String describe();

    /** A span of a Dockerfile (or any text file) named by the path the user gave. */
    record DockerfileRange(String file, TextRange range) implements Location {
        public DockerfileRange {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(range, "range");
        }

        @Override
        public String describe() {
            return file + ":" + range.startLine() + ":" + range.startColumn();
        }
    }

    /**
     * A path inside an image, in the layer that added or changed it (layer digest, may be empty if
     * unknown, e.g. for the image's configuration). {@code inherited} is true when that layer belongs
     * to the base image, so users can filter out what they did not build.
     */
    record ImageLayerPath(String image, String layer, String path, boolean inherited) implements Location {
        public ImageLayerPath {
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(layer, "layer");
            Objects.requireNonNull(path, "path");
        }

        /** A location in a layer of the image's own build. */
        public ImageLayerPath(String image, String layer, String path) {
            this(image, layer, path, false);
        }

        @Override
        public String describe() {
            return image + (layer.isEmpty() ? "" : " layer " + layer) + ": " + path
                    + (inherited ? " (inherited from base image)" : "");
        }
    }

    /** A field of a container's configuration, named as in {@code docker inspect} ({@code HostConfig.Privileged}). */
    record ContainerField(String container, String field) implements Location {
        public ContainerField {
            Objects.requireNonNull(container, "container");
            Objects.requireNonNull(field, "field");
        }

        @Override
        public String describe() {
            return "container " + container + ": " + field;
        }
    }

    /** A setting of the Docker daemon ({@code SecurityOptions}, {@code LiveRestoreEnabled}). */
    record DaemonSetting(String setting) implements Location {
        public DaemonSetting {
            Objects.requireNonNull(setting, "setting");
        }

        @Override
        public String describe() {
            return "daemon: " + setting;
        }
    }
}
