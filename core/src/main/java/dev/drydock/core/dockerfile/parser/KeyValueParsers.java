package dev.drydock.core.dockerfile.parser;

import dev.drydock.core.dockerfile.instruction.ArgDeclaration;
import dev.drydock.core.dockerfile.instruction.ArgInstruction;
import dev.drydock.core.dockerfile.instruction.EnvInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.KeyValue;
import dev.drydock.core.dockerfile.instruction.LabelInstruction;
import dev.drydock.core.dockerfile.instruction.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** LABEL, ENV and ARG: instructions made of names and values. */
final class KeyValueParsers {

    private KeyValueParsers() {
    }

    static Instruction label(Arguments args) {
        List<int[]> spans = WordSplitter.spans(args.line().text(), args.from(), args.to(), args.escape());
        return new LabelInstruction(args.parts(), pairs(args, spans));
    }

    static Instruction env(Arguments args) {
        List<int[]> spans = WordSplitter.spans(args.line().text(), args.from(), args.to(), args.escape());
        boolean legacy = !spans.isEmpty() && indexOfEquals(args, spans.get(0)) < 0;
        return new EnvInstruction(args.parts(), pairs(args, spans), legacy);
    }

    static Instruction arg(Arguments args) {
        List<int[]> spans = WordSplitter.spans(args.line().text(), args.from(), args.to(), args.escape());
        if (spans.isEmpty()) {
            args.problem("ARG needs a name, e.g. ARG VERSION=1.0.");
        }
        List<ArgDeclaration> declarations = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            int equals = indexOfEquals(args, span);
            if (equals < 0) {
                declarations.add(new ArgDeclaration(args.word(span[0], span[1]), Optional.empty(),
                        args.line().range(span[0], span[1])));
            } else {
                Word name = args.word(span[0], equals);
                if (name.value().isEmpty()) {
                    args.problem("ARG needs a name before '='.", args.line().range(span[0], span[1]));
                }
                declarations.add(new ArgDeclaration(name, Optional.of(args.word(equals + 1, span[1])),
                        args.line().range(span[0], span[1])));
            }
        }
        return new ArgInstruction(args.parts(), declarations);
    }

    /** {@code key=value ...}, or the legacy {@code key value with spaces} when the first word has no '='. */
    private static List<KeyValue> pairs(Arguments args, List<int[]> spans) {
        String keyword = args.keyword();
        if (spans.isEmpty()) {
            args.problem(keyword + " needs at least one key=value pair.");
            return List.of();
        }
        if (indexOfEquals(args, spans.get(0)) < 0) {
            return List.of(legacyPair(args, keyword));
        }
        List<KeyValue> pairs = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            int equals = indexOfEquals(args, span);
            if (equals < 0) {
                args.problem(keyword + " mixes forms: '" + args.line().text().substring(span[0], span[1])
                        + "' has no '='; write every pair as key=value.", args.line().range(span[0], span[1]));
                continue;
            }
            Word key = args.word(span[0], equals);
            if (key.value().isEmpty()) {
                args.problem(keyword + " needs a key before '='.", args.line().range(span[0], span[1]));
            }
            pairs.add(new KeyValue(key, args.word(equals + 1, span[1]), args.line().range(span[0], span[1])));
        }
        return pairs;
    }

    private static KeyValue legacyPair(Arguments args, String keyword) {
        String line = args.line().text();
        int keyEnd = args.from();
        while (keyEnd < args.to() && !Chars.isSpace(line.charAt(keyEnd))) {
            keyEnd++;
        }
        int valueFrom = Chars.skipSpaces(line, keyEnd, args.to());
        if (valueFrom >= args.to()) {
            args.problem(keyword + " needs a value: write " + keyword + " key=value.");
        }
        return new KeyValue(args.word(args.from(), keyEnd), args.word(valueFrom, args.to()), args.range());
    }

    /** The first '=' in the word's text, or -1. */
    private static int indexOfEquals(Arguments args, int[] span) {
        String line = args.line().text();
        for (int i = span[0]; i < span[1]; i++) {
            if (line.charAt(i) == '=') {
                return i;
            }
        }
        return -1;
    }
}
