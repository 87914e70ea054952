package dev.drydock.core.seccomp.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drydock.core.seccomp.profile.ArchMapping;
import dev.drydock.core.seccomp.profile.RuleFilter;
import dev.drydock.core.seccomp.profile.SeccompProfile;
import dev.drydock.core.seccomp.profile.SyscallArg;
import dev.drydock.core.seccomp.profile.SyscallRule;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Docker's seccomp JSON into a {@link SeccompProfile}. Fields the model does not know are kept
 * (not dropped) in {@code unknownFields}; validation reports them. Errors become a
 * {@link SeccompReadException} whose message names the field and its line and column.
 */
public final class SeccompProfileReader {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private SeccompProfileReader() {
    }

    /** Reads a profile file (UTF-8). Missing or unreadable files and bad JSON all give a clear message. */
    public static SeccompDocument readFile(Path file) throws SeccompReadException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SeccompReadException("The seccomp profile " + file + " does not exist. Check the path.", "", null);
        } catch (AccessDeniedException e) {
            throw new SeccompReadException("The seccomp profile " + file + " cannot be read: permission denied.", "",
                    null);
        } catch (CharacterCodingException e) {
            throw new SeccompReadException("The seccomp profile " + file + " is not UTF-8 text; save it as UTF-8 JSON.",
                    "", null);
        } catch (IOException e) {
            throw new SeccompReadException("Cannot read the seccomp profile " + file + ": " + e.getMessage()
                    + ". Check that it is a readable file.", "", null);
        }
        return readDocument(text);
    }

    /** Reads profile text. */
    public static SeccompProfile read(String json) throws SeccompReadException {
        return readDocument(json).profile();
    }

    /** Reads profile text, keeping where each value was. */
    public static SeccompDocument readDocument(String json) throws SeccompReadException {
        JsonNode root;
        SourcePositions positions;
        try {
            root = MAPPER.readTree(json);
            positions = root == null || root.isMissingNode() ? SourcePositions.none()
                    : SourcePositions.of(MAPPER.getFactory(), json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            SourcePosition position = at == null ? null : new SourcePosition(at.getLineNr(), at.getColumnNr());
            throw new SeccompReadException("The seccomp profile is not valid JSON"
                    + (position == null ? "" : " at " + position) + ": " + e.getOriginalMessage()
                    + ". Check for a missing comma, quote or bracket near there.", "", position);
        } catch (IOException e) {
            throw new SeccompReadException("Cannot read the seccomp profile: " + e.getMessage(), "", null);
        }
        if (root == null || root.isMissingNode()) {
            throw new SeccompReadException("The seccomp profile is empty: expected a JSON object with at least "
                    + "\"defaultAction\".", "", null);
        }
        TreeFields fields = new TreeFields(positions);
        return new SeccompDocument(profile(fields, root), positions);
    }

    private static SeccompProfile profile(TreeFields f, JsonNode root) throws SeccompReadException {
        f.requireObject(root, "", "the profile");
        return new SeccompProfile(
                f.text(root, "", "defaultAction"),
                f.unsigned(root, "", "defaultErrnoRet"),
                f.texts(root, "", "architectures"),
                f.texts(root, "", "flags"),
                f.text(root, "", "listenerPath"),
                f.text(root, "", "listenerMetadata"),
                archMap(f, root.get("archMap"), "/archMap"),
                rules(f, root.get("syscalls"), "/syscalls"),
                f.unknown(root, ProfileKeys.PROFILE));
    }

    private static List<ArchMapping> archMap(TreeFields f, JsonNode node, String at) throws SeccompReadException {
        if (!f.presentArray(node, at, "archMap")) {
            return null;
        }
        List<ArchMapping> list = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode entry = node.get(i);
            String here = at + "/" + i;
            f.requireObject(entry, here, "an archMap entry");
            list.add(new ArchMapping(f.text(entry, here, "architecture"), f.texts(entry, here, "subArchitectures"),
                    f.unknown(entry, ProfileKeys.ARCH_MAPPING)));
        }
        return list;
    }

    private static List<SyscallRule> rules(TreeFields f, JsonNode node, String at) throws SeccompReadException {
        if (!f.presentArray(node, at, "syscalls")) {
            return null;
        }
        List<SyscallRule> list = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode entry = node.get(i);
            String here = at + "/" + i;
            f.requireObject(entry, here, "a syscalls entry");
            list.add(new SyscallRule(f.texts(entry, here, "names"), f.text(entry, here, "name"),
                    f.text(entry, here, "action"), f.unsigned(entry, here, "errnoRet"),
                    args(f, entry.get("args"), here + "/args"), f.text(entry, here, "comment"),
                    filter(f, entry.get("includes"), here + "/includes"),
                    filter(f, entry.get("excludes"), here + "/excludes"),
                    f.unknown(entry, ProfileKeys.RULE)));
        }
        return list;
    }

    private static List<SyscallArg> args(TreeFields f, JsonNode node, String at) throws SeccompReadException {
        if (!f.presentArray(node, at, "args")) {
            return null;
        }
        List<SyscallArg> list = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode entry = node.get(i);
            String here = at + "/" + i;
            f.requireObject(entry, here, "an args entry");
            list.add(new SyscallArg(f.unsigned(entry, here, "index"), f.unsigned(entry, here, "value"),
                    f.unsigned(entry, here, "valueTwo"), f.text(entry, here, "op"),
                    f.unknown(entry, ProfileKeys.ARG)));
        }
        return list;
    }

    private static RuleFilter filter(TreeFields f, JsonNode node, String at) throws SeccompReadException {
        if (node == null || node.isNull()) {
            return null;
        }
        f.requireObject(node, at, "a filter (includes/excludes)");
        return new RuleFilter(f.texts(node, at, "caps"), f.texts(node, at, "arches"), f.text(node, at, "minKernel"),
                f.unknown(node, ProfileKeys.FILTER));
    }
}
