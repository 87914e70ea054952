package dev.drydock.core.dockerfile.parser;

import dev.drydock.core.dockerfile.instruction.AddInstruction;
import dev.drydock.core.dockerfile.instruction.CopyInstruction;
import dev.drydock.core.dockerfile.instruction.Heredoc;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.InstructionKind;
import dev.drydock.core.dockerfile.instruction.VolumeInstruction;
import dev.drydock.core.dockerfile.instruction.Word;
import dev.drydock.core.dockerfile.instruction.WorkdirInstruction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** ADD, COPY, VOLUME and WORKDIR: instructions about paths. */
final class FileParsers {

    private FileParsers() {
    }

    static Instruction add(Arguments args) {
        return transfer(args, InstructionKind.ADD);
    }

    static Instruction copy(Arguments args) {
        return transfer(args, InstructionKind.COPY);
    }

    private static Instruction transfer(Arguments args, InstructionKind kind) {
        Optional<List<Word>> json = JsonArrayReader.read(args.line(), args.from(), args.to());
        List<Word> words = json.orElseGet(args::words);
        List<Word> sources = new ArrayList<>(words.size());
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!isHeredocMarker(words.get(i), args.heredocs())) {
                sources.add(words.get(i));
            }
        }
        Optional<Word> destination = words.isEmpty() ? Optional.empty() : Optional.of(words.get(words.size() - 1));
        if (words.size() < 2) {
            args.problem(kind + " needs at least one source and a destination, e.g. " + kind + " app/ /app/.");
        }
        return kind == InstructionKind.ADD
                ? new AddInstruction(args.parts(), sources, destination, args.heredocs(), json.isPresent())
                : new CopyInstruction(args.parts(), sources, destination, args.heredocs(), json.isPresent());
    }

    private static boolean isHeredocMarker(Word word, List<Heredoc> heredocs) {
        for (Heredoc heredoc : heredocs) {
            if (heredoc.markerRange().equals(word.range())) {
                return true;
            }
        }
        return false;
    }

    static Instruction volume(Arguments args) {
        Optional<List<Word>> json = JsonArrayReader.read(args.line(), args.from(), args.to());
        List<Word> paths = json.orElseGet(args::words);
        if (paths.isEmpty()) {
            args.problem("VOLUME needs at least one path, e.g. VOLUME /data.");
        }
        return new VolumeInstruction(args.parts(), paths, json.isPresent());
    }

    static Instruction workdir(Arguments args) {
        if (args.isEmpty()) {
            args.problem("WORKDIR needs a path, e.g. WORKDIR /app.");
            return new WorkdirInstruction(args.parts(), args.missing());
        }
        return new WorkdirInstruction(args.parts(), args.whole());
    }
}
