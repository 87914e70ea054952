package dev.drydock.core.vuln.ignore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An OpenVEX document (JSON): its {@code statements[]}, each with a {@code vulnerability} ({@code name},
 * {@code @id}, {@code aliases}; a plain string in early drafts), {@code products[]} ({@code @id},
 * {@code identifiers}, {@code subcomponents}; plain strings in early drafts), {@code status},
 * {@code justification}, {@code impact_statement} and {@code timestamp} (inherited from the document).
 */
public final class VexDocument {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String source;
    private final List<VexStatement> statements;

    private VexDocument(String source, List<VexStatement> statements) {
        this.source = source;
        this.statements = List.copyOf(statements);
    }

    public static VexDocument read(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return parse(path.toString(), in);
        }
    }

    /** @param source how the user named the file ({@code vex.json}), for suppression reasons and errors */
    public static VexDocument parse(String source, InputStream in) throws IOException {
        JsonNode json;
        try {
            json = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new VexFormatException(source + " is not valid JSON (" + e.getOriginalMessage()
                    + "); give an OpenVEX document", e);
        }
        if (json == null || !json.path("statements").isArray()) {
            throw new VexFormatException(source + " has no \"statements\" list; is it an OpenVEX document?");
        }
        Optional<Instant> documentTime = time(json.path("timestamp"), source, "the document");
        List<VexStatement> statements = new ArrayList<>();
        int index = 0;
        for (JsonNode statement : json.path("statements")) {
            index++;
            statements.add(statement(statement, index, source, documentTime));
        }
        return new VexDocument(source, statements);
    }

    private static VexStatement statement(JsonNode json, int index, String source, Optional<Instant> documentTime)
            throws VexFormatException {
        String where = source + " statement " + index;
        JsonNode vulnerability = json.path("vulnerability");
        Set<String> ids = new LinkedHashSet<>();
        String name;
        if (vulnerability.isTextual()) {
            name = vulnerability.asText().strip();
        } else {
            name = vulnerability.path("name").asText("").strip();
            String address = vulnerability.path("@id").asText("").strip();
            if (!address.isEmpty()) {
                ids.add(address);
                ids.add(address.substring(address.lastIndexOf('/') + 1));
            }
            vulnerability.path("aliases").forEach(alias -> ids.add(alias.asText().strip()));
        }
        if (!name.isEmpty()) {
            ids.add(name);
        }
        if (ids.isEmpty()) {
            throw new VexFormatException(where + " names no vulnerability (give vulnerability.name)");
        }
        String label = json.path("status").asText("");
        VexStatus status = VexStatus.parse(label).orElseThrow(() -> new VexFormatException(where + " has the status '"
                + label + "'; OpenVEX statuses are not_affected, affected, fixed and under_investigation"));
        List<VexProduct> products = new ArrayList<>();
        for (JsonNode product : json.path("products")) {
            List<Set<String>> subcomponents = new ArrayList<>();
            product.path("subcomponents").forEach(component -> subcomponents.add(identifiers(component)));
            products.add(new VexProduct(identifiers(product), subcomponents));
        }
        Optional<Instant> time = time(json.path("timestamp"), source, "statement " + index).or(() -> documentTime);
        return new VexStatement(name.isEmpty() ? ids.iterator().next() : name, ids, products, status,
                json.path("justification").asText(""), json.path("impact_statement").asText(""), time, index);
    }

    /** A component's {@code @id} and {@code identifiers} values; a plain string is its own identifier. */
    private static Set<String> identifiers(JsonNode component) {
        Set<String> ids = new LinkedHashSet<>();
        if (component.isTextual()) {
            ids.add(component.asText().strip());
            return ids;
        }
        String address = component.path("@id").asText("").strip();
        if (!address.isEmpty()) {
            ids.add(address);
        }
        component.path("identifiers").forEach(value -> ids.add(value.asText().strip()));
        return ids;
    }

    private static Optional<Instant> time(JsonNode value, String source, String what) throws VexFormatException {
        if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.asText().strip()).toInstant());
        } catch (DateTimeParseException e) {
            throw new VexFormatException(source + ": the timestamp of " + what + " ('" + value.asText()
                    + "') is not an RFC 3339 time such as 2023-01-08T18:02:03-06:00", e);
        }
    }

    public String source() {
        return source;
    }

    public List<VexStatement> statements() {
        return statements;
    }
}
