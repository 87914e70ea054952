package dev.drydock.core.dockerfile.parser;

import dev.drydock.core.dockerfile.instruction.ExposeInstruction;
import dev.drydock.core.dockerfile.instruction.ExposedPort;
import dev.drydock.core.dockerfile.instruction.FromInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.MaintainerInstruction;
import dev.drydock.core.dockerfile.instruction.StopsignalInstruction;
import dev.drydock.core.dockerfile.instruction.UnknownInstruction;
import dev.drydock.core.dockerfile.instruction.UserInstruction;
import dev.drydock.core.dockerfile.instruction.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** FROM, EXPOSE, USER, STOPSIGNAL, MAINTAINER and unknown keywords. */
final class SimpleParsers {

    private SimpleParsers() {
    }

    static Instruction from(Arguments args) {
        List<Word> words = args.words();
        if (words.isEmpty()) {
            args.problem("FROM needs a base image, e.g. FROM debian:bookworm-slim.");
            return new FromInstruction(args.parts(), args.missing(), Optional.empty());
        }
        Optional<Word> name = Optional.empty();
        if (words.size() == 3 && words.get(1).text().equalsIgnoreCase("as")) {
            name = Optional.of(words.get(2));
            if (!isValidStageName(words.get(2).value())) {
                args.problem("The stage name '" + words.get(2).value() + "' is not valid: start with a letter and use "
                        + "only letters, digits, '-', '_' and '.'.", words.get(2).range());
            }
        } else if (words.size() != 1) {
            args.problem("FROM takes an image and optionally AS and a stage name, e.g. FROM golang:1.22 AS build.");
        }
        return new FromInstruction(args.parts(), words.get(0), name);
    }

    private static boolean isValidStageName(String name) {
        if (name.isEmpty() || !Character.isLetter(name.charAt(0)) || name.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static Instruction expose(Arguments args) {
        List<Word> words = args.words();
        if (words.isEmpty()) {
            args.problem("EXPOSE needs at least one port, e.g. EXPOSE 8080/tcp.");
        }
        List<ExposedPort> ports = new ArrayList<>(words.size());
        for (Word word : words) {
            String value = word.value();
            int slash = value.indexOf('/');
            String port = slash < 0 ? value : value.substring(0, slash);
            String protocol = slash < 0 ? "tcp" : value.substring(slash + 1).toLowerCase(Locale.ROOT);
            ports.add(new ExposedPort(word, port, protocol));
        }
        return new ExposeInstruction(args.parts(), ports);
    }

    static Instruction user(Arguments args) {
        if (args.isEmpty()) {
            args.problem("USER needs a user name or id, e.g. USER 10001.");
            return new UserInstruction(args.parts(), args.missing(), "", Optional.empty());
        }
        Word spec = args.whole();
        int colon = spec.value().indexOf(':');
        return colon < 0
                ? new UserInstruction(args.parts(), spec, spec.value(), Optional.empty())
                : new UserInstruction(args.parts(), spec, spec.value().substring(0, colon),
                        Optional.of(spec.value().substring(colon + 1)));
    }

    static Instruction stopsignal(Arguments args) {
        if (args.isEmpty()) {
            args.problem("STOPSIGNAL needs a signal, e.g. STOPSIGNAL SIGTERM.");
            return new StopsignalInstruction(args.parts(), args.missing());
        }
        return new StopsignalInstruction(args.parts(), args.whole());
    }

    static Instruction maintainer(Arguments args) {
        if (args.isEmpty()) {
            args.problem("MAINTAINER needs a name.");
            return new MaintainerInstruction(args.parts(), args.missing());
        }
        return new MaintainerInstruction(args.parts(), args.whole());
    }

    static Instruction unknown(Arguments args) {
        String keyword = args.parts().keyword();
        String message = keyword.isEmpty()
                ? "A line continuation with no instruction before it."
                : "Docker does not know the instruction '" + keyword + "'; check its spelling.";
        args.problem(message, keyword.isEmpty() ? args.parts().range() : args.parts().keywordRange());
        return new UnknownInstruction(args.parts());
    }
}
