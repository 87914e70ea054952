package dev.drydock.core.vuln.osv;

import java.util.Objects;

/** One {@code references[]} entry ({@code ADVISORY}, {@code FIX}, {@code WEB}…) with its address. */
public record OsvReference(String type, String url) {

    public OsvReference {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(url, "url");
    }
}
