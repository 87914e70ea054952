package dev.drydock.core.seccomp.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drydock.core.seccomp.json.SeccompProfileWriter;
import dev.drydock.core.seccomp.profile.SeccompProfile;
import java.io.UncheckedIOException;

/**
 * The profile as a file for {@code docker run --security-opt seccomp=FILE}: Docker's own layout (so a
 * profile read from moby's file is written back unchanged), or compact on one line for the Docker API,
 * which takes the profile's text inline ({@code seccomp=<JSON>}) where the docker CLI takes a file name.
 */
public final class ProfileJsonExport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProfileJsonExport() {
    }

    /** The file's text, ending with a newline. */
    public static String render(SeccompProfile profile) {
        return SeccompProfileWriter.write(profile);
    }

    /** The profile on one line without spaces, as the docker CLI sends it to the daemon. */
    public static String compact(SeccompProfile profile) {
        try {
            return MAPPER.writeValueAsString(MAPPER.readTree(render(profile)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the profile writer wrote JSON that does not read back", e);
        }
    }

    /** {@code seccomp=<compact JSON>}: the security option the Docker API takes. */
    public static String inlineSecurityOpt(SeccompProfile profile) {
        return "seccomp=" + compact(profile);
    }
}
