package dev.drydock.core.dockerfile.highlight;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.ThousandLineDockerfileBenchmark;
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

import java.util.concurrent.TimeUnit;

/**
 * A benchmark, not a test: what the editor pays on each keystroke to re-highlight the 1,000-line
 * Dockerfile (parse + highlight, and highlight of an already parsed file). Run with
 * {@code bench/dockerfile-parse.sh DockerfileHighlighterBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DockerfileHighlighterBenchmark {

    private String text;
    private Dockerfile parsed;

    @Setup
    public void writeDockerfile() {
        text = ThousandLineDockerfileBenchmark.thousandLines();
        parsed = Dockerfile.parse(text);
    }

    @Benchmark
    public Highlighting highlightParsed() {
        return DockerfileHighlighter.analyze(parsed);
    }

    @Benchmark
    public Highlighting parseAndHighlight() {
        return DockerfileHighlighter.analyze(Dockerfile.parse(text));
    }
}
