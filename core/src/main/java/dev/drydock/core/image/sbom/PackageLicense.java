package dev.drydock.core.image.sbom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.util.LicenseResolver;

/**
 * A package's license as an SBOM can state it: an SPDX license id ({@code MIT}), an SPDX expression
 * of known ids ({@code GPL-2.0-or-later OR MIT}), or, when it is neither, the text the package gave
 * ({@code GPL-2+}) for the SBOM to carry as a named, non-SPDX license. Common names with a version
 * ({@code Apache License, Version 2.0}) are mapped to their id by CycloneDX's license mapping; a
 * mapping that would add a version the text does not state ({@code BSD}) is not taken.
 */
record PackageLicense(Kind kind, String value) {

    enum Kind { NONE, SPDX_ID, SPDX_EXPRESSION, TEXT }

    private static final Pattern LICENSE_REF = Pattern.compile("(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+");
    private static final Pattern TOKENS = Pattern.compile("\\(|\\)|[^\\s()]+");

    static PackageLicense of(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            return new PackageLicense(Kind.NONE, "");
        }
        Optional<String> id = SpdxLicenseList.canonicalId(trimmed);
        if (id.isPresent()) {
            return new PackageLicense(Kind.SPDX_ID, id.get());
        }
        Optional<String> expression = expression(trimmed);
        if (expression.isPresent()) {
            return new PackageLicense(Kind.SPDX_EXPRESSION, expression.get());
        }
        return mappedName(trimmed).map(mapped -> new PackageLicense(Kind.SPDX_ID, mapped))
                .orElseGet(() -> new PackageLicense(Kind.TEXT, trimmed));
    }

    /** The value as an SPDX license expression, when it is one (an id is the simplest expression). */
    Optional<String> spdxExpression() {
        return kind == Kind.SPDX_ID || kind == Kind.SPDX_EXPRESSION ? Optional.of(value) : Optional.empty();
    }

    private static Optional<String> expression(String text) {
        List<String> out = new ArrayList<>();
        var matcher = TOKENS.matcher(text);
        int depth = 0;
        boolean operator = false;
        boolean expectOperand = true;
        while (matcher.find()) {
            String token = matcher.group();
            String upper = token.toUpperCase(Locale.ROOT);
            if (token.equals("(")) {
                depth++;
                out.add(token);
            } else if (token.equals(")")) {
                if (--depth < 0 || expectOperand) {
                    return Optional.empty();
                }
                out.add(token);
            } else if (upper.equals("AND") || upper.equals("OR") || upper.equals("WITH")) {
                if (expectOperand) {
                    return Optional.empty();
                }
                out.add(upper);
                operator = true;
                expectOperand = true;
            } else {
                Optional<String> operand = operand(token);
                if (operand.isEmpty() || !expectOperand) {
                    return Optional.empty();
                }
                out.add(operand.get());
                expectOperand = false;
            }
        }
        if (!operator || depth != 0 || expectOperand) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", out).replace("( ", "(").replace(" )", ")"));
    }

    private static Optional<String> operand(String token) {
        if (LICENSE_REF.matcher(token).matches()) {
            return Optional.of(token);
        }
        boolean orLater = token.endsWith("+");
        String bare = orLater ? token.substring(0, token.length() - 1) : token;
        return SpdxLicenseList.canonicalId(bare).map(id -> orLater ? id + "+" : id);
    }

    private static Optional<String> mappedName(String text) {
        LicenseChoice choice;
        try {
            choice = LicenseResolver.resolve(text, false);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (choice == null || choice.getLicenses() == null || choice.getLicenses().isEmpty()) {
            return Optional.empty();
        }
        String id = choice.getLicenses().get(0).getId();
        if (id == null || (id.chars().anyMatch(Character::isDigit) && text.chars().noneMatch(Character::isDigit))) {
            return Optional.empty();
        }
        return SpdxLicenseList.canonicalId(id);
    }
}
