package dev.drydock.core.image.analyzers.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drydock.core.findings.SecretMask;
import dev.drydock.core.image.scan.SecretFact;
import dev.drydock.core.secrets.SecretNames;
import dev.drydock.core.secrets.SecretValues;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credentials in the files tools keep them in: npm's {@code .npmrc} ({@code _authToken}, {@code _auth},
 * {@code _password}), PyPI's {@code .pypirc} ({@code password}), Docker's {@code .docker/config.json}
 * ({@code auths.<registry>.auth} and {@code identitytoken}) and {@code .env} files (variables with
 * secret names). Values that are references ({@code ${NPM_TOKEN}}) or placeholders are not reported.
 */
final class CredentialFiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NPMRC = Pattern.compile("^\\s*(\\S*?)(_authToken|_auth|_password)\\s*=\\s*(.+?)\\s*$");
    private static final Pattern INI_SECTION = Pattern.compile("^\\s*\\[([^]]+)]\\s*$");
    private static final Pattern INI_PASSWORD = Pattern.compile("^\\s*password\\s*[:=]\\s*(.+?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTENV = Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\\s*=\\s*(.*?)\\s*$");
    private static final Set<String> DOTENV_TEMPLATES = Set.of("example", "sample", "template", "dist", "defaults", "tpl");

    private CredentialFiles() {
    }

    static boolean isCredentialFile(String path) {
        return kindOf(path) != null;
    }

    /** Facts for a known credential file; none for other files. */
    static List<SecretFact> find(String path, TextFile file) {
        String kind = kindOf(path);
        if (kind == null) {
            return List.of();
        }
        return switch (kind) {
            case "npmrc" -> npmrc(path, file);
            case "pypirc" -> pypirc(path, file);
            case "docker" -> dockerConfig(path, file);
            default -> dotenv(path, file);
        };
    }

    private static String kindOf(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.equals(".npmrc") || name.equals("npmrc")) {
            return "npmrc";
        }
        if (name.equals(".pypirc")) {
            return "pypirc";
        }
        if (path.endsWith(".docker/config.json")) {
            return "docker";
        }
        if (name.equals(".env") || (name.startsWith(".env.") && !DOTENV_TEMPLATES.contains(name.substring(5)))) {
            return "dotenv";
        }
        return null;
    }

    private static List<SecretFact> npmrc(String path, TextFile file) {
        List<SecretFact> facts = new ArrayList<>();
        String[] lines = file.lines();
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = NPMRC.matcher(lines[i]);
            if (matcher.matches() && !SecretValues.isPlaceholder(unquote(matcher.group(3)))) {
                facts.add(new SecretFact("npmrc-token", path, i + 1,
                        matcher.group(1) + matcher.group(2) + "=" + SecretMask.mask(unquote(matcher.group(3)))));
            }
        }
        return facts;
    }

    private static List<SecretFact> pypirc(String path, TextFile file) {
        List<SecretFact> facts = new ArrayList<>();
        String section = "";
        String[] lines = file.lines();
        for (int i = 0; i < lines.length; i++) {
            Matcher header = INI_SECTION.matcher(lines[i]);
            Matcher password = INI_PASSWORD.matcher(lines[i]);
            if (header.matches()) {
                section = header.group(1).strip();
            } else if (password.matches() && !SecretValues.isPlaceholder(unquote(password.group(1)))) {
                facts.add(new SecretFact("pypirc-password", path, i + 1,
                        "[" + section + "] password=" + SecretMask.mask(unquote(password.group(1)))));
            }
        }
        return facts;
    }

    private static List<SecretFact> dockerConfig(String path, TextFile file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.text());
        } catch (IOException e) {
            return List.of();
        }
        List<SecretFact> facts = new ArrayList<>();
        JsonNode auths = root == null ? null : root.path("auths");
        if (auths == null || !auths.isObject()) {
            return facts;
        }
        for (Map.Entry<String, JsonNode> registry : auths.properties()) {
            for (String field : List.of("auth", "identitytoken", "password")) {
                String value = registry.getValue().path(field).asText("");
                if (!value.isBlank()) {
                    int offset = file.text().indexOf(value);
                    facts.add(new SecretFact("docker-registry-auth", path, offset < 0 ? 0 : file.lineOf(offset),
                            "auths." + registry.getKey() + "." + field + "=" + SecretMask.mask(value)));
                }
            }
        }
        return facts;
    }

    private static List<SecretFact> dotenv(String path, TextFile file) {
        List<SecretFact> facts = new ArrayList<>();
        String[] lines = file.lines();
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = DOTENV.matcher(lines[i]);
            if (matcher.matches() && SecretNames.isSecretName(matcher.group(1))) {
                String value = unquote(matcher.group(2));
                if (!SecretValues.isPlaceholder(value)) {
                    facts.add(new SecretFact("dotenv-secret", path, i + 1, matcher.group(1) + "=" + SecretMask.mask(value)));
                }
            }
        }
        return facts;
    }

    private static String unquote(String value) {
        String stripped = value.strip();
        if (stripped.length() >= 2 && (stripped.startsWith("\"") && stripped.endsWith("\"")
                || stripped.startsWith("'") && stripped.endsWith("'"))) {
            return stripped.substring(1, stripped.length() - 1);
        }
        return stripped;
    }
}
