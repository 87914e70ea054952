package dev.drydock.core.lint.rules;

import java.util.ArrayDeque;
import java.util.Deque;

/** Path questions the WORKDIR and COPY rules of this batch ask, on paths as Docker reads them. */
final class StructurePaths {

    private StructurePaths() {
    }

    /** Absolute on Linux ({@code /app}) or Windows ({@code C:\app}, {@code c:/app}), or a variable we cannot judge. */
    static boolean isAbsoluteOrVariable(String path) {
        String bare = withoutQuotes(path);
        if (bare.startsWith("/") || bare.startsWith("$")) {
            return true;
        }
        return bare.length() >= 2 && Character.isLetter(bare.charAt(0)) && bare.charAt(1) == ':';
    }

    static String withoutQuotes(String path) {
        String bare = path;
        while (!bare.isEmpty() && (bare.charAt(0) == '"' || bare.charAt(0) == '\'')) {
            bare = bare.substring(1);
        }
        while (!bare.isEmpty() && (bare.endsWith("\"") || bare.endsWith("'"))) {
            bare = bare.substring(0, bare.length() - 1);
        }
        return bare;
    }

    /** {@code relative} resolved against the absolute {@code base}, with {@code .} and {@code ..} removed. */
    static String resolve(String base, String relative) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : (base + "/" + relative).split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return "/" + String.join("/", parts);
    }
}
