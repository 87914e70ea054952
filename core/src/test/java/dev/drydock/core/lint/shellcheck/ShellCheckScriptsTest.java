package dev.drydock.core.lint.shellcheck;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.SourceRange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which scripts go to ShellCheck, in which dialect, and how their positions map back (no ShellCheck needed). */
class ShellCheckScriptsTest {

    @Test
    void continuedLinesAreJoinedAndMapBackAcrossTheBreak() {
        String text = "FROM busybox\nRUN echo a && \\\n    echo b\n";
        ShellCheckScript script = single(text);

        assertThat(script.text().text()).isEqualTo("echo a &&     echo b");
        assertThat(source(text, script.rangeOf(1, 15, 1, 21))).isEqualTo("echo b");
        assertThat(script.dialect()).isEqualTo("sh");
    }

    @Test
    void dataHeredocIsPartOfTheCommandLineAsTheShellSeesIt() {
        String text = "FROM busybox\nRUN cat <<EOF > /etc/motd\nhello $USER\nEOF\n";
        ShellCheckScript script = single(text);

        assertThat(script.text().text()).isEqualTo("cat <<EOF > /etc/motd\nhello $USER\nEOF\n");
        assertThat(source(text, script.rangeOf(2, 7, 2, 12))).isEqualTo("$USER");
        assertThat(source(text, script.rangeOf(3, 1, 3, 4))).isEqualTo("EOF");
    }

    @Test
    void heredocScriptKeepsItsShebangDialectAndSkipsOtherInterpreters() {
        String bash = "FROM busybox\nRUN <<EOF\n#!/usr/bin/env bash\necho hi\nEOF\n";
        String python = "FROM busybox\nRUN <<EOF\n#!/usr/bin/python3\nprint(1)\nEOF\n";

        assertThat(single(bash).dialect()).isEqualTo("bash");
        assertThat(ShellCheckScripts.of(Dockerfile.parse(python))).isEmpty();
    }

    @Test
    void tabsStrippedFromDashHeredocsStillMapToTheirText() {
        String text = "FROM busybox\nRUN <<-EOF\n\t\techo $HOME\n\tEOF\n";
        ShellCheckScript script = single(text);

        assertThat(script.text().text()).isEqualTo("echo $HOME\n");
        assertThat(source(text, script.rangeOf(1, 6, 1, 11))).isEqualTo("$HOME");
    }

    @Test
    void unclosedHeredocZshAndWindowsShellsAreLeftOut() {
        assertThat(ShellCheckScripts.of(Dockerfile.parse("FROM busybox\nRUN <<EOF\necho hi\n"))).isEmpty();
        assertThat(ShellCheckScripts.of(Dockerfile.parse("FROM busybox\nSHELL [\"zsh\", \"-c\"]\nRUN echo hi\n"))).isEmpty();
        assertThat(ShellCheckScripts.of(Dockerfile.parse(
                "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir\n"))).isEmpty();
    }

    @Test
    void visibleBuildArgumentsAndEnvironmentAreListed() {
        ShellCheckScript script = single("FROM busybox\nARG version\nENV APP_HOME=/app\nRUN echo hi\n");

        assertThat(script.variables()).contains("version", "APP_HOME", "HTTP_PROXY");
        assertThat(ShellCheckInput.header(script)).startsWith("#!/bin/sh\n").contains("export version\n");
        assertThat(ShellCheckInput.headerLines(script)).isEqualTo(script.variables().size() + 1);
    }

    @Test
    void dialectsAreNamedAsShellCheckKnowsThem() {
        assertThat(ShellDialect.of("/bin/bash")).hasValue("bash");
        assertThat(ShellDialect.of("/bin/ash")).hasValue("sh");
        assertThat(ShellDialect.of("mksh")).hasValue("ksh");
        assertThat(ShellDialect.of("zsh")).isEmpty();
        assertThat(ShellDialect.ofShebang("#!/bin/dash\necho", java.util.Optional.of("sh"))).hasValue("dash");
        assertThat(ShellDialect.ofShebang("echo", java.util.Optional.of("bash"))).hasValue("bash");
    }

    @Test
    void noShellCheckInAnEmptyPath() {
        assertThat(ShellCheck.onPath("/nonexistent-drydock-dir")).isEmpty();
        assertThat(ShellCheck.onPath((String) null)).isEmpty();
    }

    private static ShellCheckScript single(String text) {
        List<ShellCheckScript> scripts = ShellCheckScripts.of(Dockerfile.parse(text));
        assertThat(scripts).hasSize(1);
        return scripts.get(0);
    }

    private static String source(String text, SourceRange range) {
        return text.substring(range.startOffset(), range.endOffset());
    }
}
