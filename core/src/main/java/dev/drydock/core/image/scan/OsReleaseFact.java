package dev.drydock.core.image.scan;

/**
 * The distribution, from {@code etc/os-release}, {@code usr/lib/os-release} or a fallback such as
 * {@code etc/debian_version} or {@code etc/alpine-release}. Fields are empty when the file lacks them.
 *
 * @param id        {@code debian}, {@code ubuntu}, {@code alpine}, {@code rhel}, {@code amzn}…
 * @param versionId {@code 12}, {@code 22.04}, {@code 3.20.3}
 */
public record OsReleaseFact(String id, String idLike, String versionId, String versionCodename, String prettyName,
                            String path) {
}
