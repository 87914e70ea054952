package dev.drydock.app.gui.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Pretty-prints the daemon's raw JSON for the "Raw JSON" tab. */
public final class JsonText {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonText() {
    }

    /** Indented JSON; text that is not JSON is returned as it is. */
    public static String pretty(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        try {
            return MAPPER.writeValueAsString(MAPPER.readTree(json));
        } catch (java.io.IOException notJson) {
            return json;
        }
    }
}
