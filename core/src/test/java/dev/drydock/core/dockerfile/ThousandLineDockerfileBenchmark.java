package dev.drydock.core.dockerfile;

import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.dockerfile.shell.ShellScript;
import dev.drydock.core.dockerfile.shell.ShellScripts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * A benchmark, not a test: what the editor pays to re-parse a 1,000-line Dockerfile on every keystroke
 * (multi-stage, continuations with comments, heredocs, flags, JSON forms; built from
 * {@code dockerfiles/benchmark/stage.Dockerfile} repeated with different stage names). The later
 * parse + lint must stay within 5 ms (median), so parsing must be far below that. Run with
 * {@code bench/dockerfile-parse.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ThousandLineDockerfileBenchmark {

    static final int LINES = 1_000;

    private String text;

    @Setup
    public void writeDockerfile() {
        text = thousandLines();
    }

    /** Parsing alone: lines joined, heredocs read, every instruction typed with its ranges. */
    @Benchmark
    public Dockerfile parse() {
        return Dockerfile.parse(text);
    }

    /** Parsing, then what rules ask for: every RUN split into shell commands, every instruction's variables. */
    @Benchmark
    public int parseAndSplitShell() {
        Dockerfile dockerfile = Dockerfile.parse(text);
        int commands = 0;
        for (Instruction instruction : dockerfile.instructions()) {
            commands += dockerfile.variablesAt(instruction).asMap().size();
            if (instruction instanceof RunInstruction run) {
                for (ShellScript script : ShellScripts.of(dockerfile, run)) {
                    commands += script.commands().size();
                }
            }
        }
        return commands;
    }

    /** The benchmark's Dockerfile: global ARGs, then stage pairs until at least {@link #LINES} lines. */
    public static String thousandLines() {
        return atLeastLines(LINES);
    }

    /** The same kind of Dockerfile with at least {@code minimum} lines (the editor's 2,000-line case). */
    public static String atLeastLines(int minimum) {
        String stage = resource("/dockerfiles/benchmark/stage.Dockerfile");
        StringBuilder text = new StringBuilder("# syntax=docker/dockerfile:1.7\nARG GO_VERSION=1.22\n\n");
        int lines = 3;
        for (int index = 0; lines < minimum; index++) {
            String copy = stage.replace("STAGE", Integer.toString(index));
            text.append(copy);
            lines += (int) copy.chars().filter(c -> c == '\n').count();
        }
        return text.toString();
    }

    private static String resource(String name) {
        try (InputStream in = ThousandLineDockerfileBenchmark.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
