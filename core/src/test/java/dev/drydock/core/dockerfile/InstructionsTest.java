package dev.drydock.core.dockerfile;

import dev.drydock.core.dockerfile.instruction.AddInstruction;
import dev.drydock.core.dockerfile.instruction.ArgDeclaration;
import dev.drydock.core.dockerfile.instruction.ArgInstruction;
import dev.drydock.core.dockerfile.instruction.CmdInstruction;
import dev.drydock.core.dockerfile.instruction.Command;
import dev.drydock.core.dockerfile.instruction.CopyInstruction;
import dev.drydock.core.dockerfile.instruction.EntrypointInstruction;
import dev.drydock.core.dockerfile.instruction.EnvInstruction;
import dev.drydock.core.dockerfile.instruction.ExposeInstruction;
import dev.drydock.core.dockerfile.instruction.ExposedPort;
import dev.drydock.core.dockerfile.instruction.Flag;
import dev.drydock.core.dockerfile.instruction.FromInstruction;
import dev.drydock.core.dockerfile.instruction.HealthcheckInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.InstructionKind;
import dev.drydock.core.dockerfile.instruction.KeyValue;
import dev.drydock.core.dockerfile.instruction.LabelInstruction;
import dev.drydock.core.dockerfile.instruction.MaintainerInstruction;
import dev.drydock.core.dockerfile.instruction.OnbuildInstruction;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.dockerfile.instruction.ShellInstruction;
import dev.drydock.core.dockerfile.instruction.StopsignalInstruction;
import dev.drydock.core.dockerfile.instruction.UnknownInstruction;
import dev.drydock.core.dockerfile.instruction.UserInstruction;
import dev.drydock.core.dockerfile.instruction.VolumeInstruction;
import dev.drydock.core.dockerfile.instruction.Word;
import dev.drydock.core.dockerfile.instruction.WorkdirInstruction;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Each instruction's typed arguments, read as Docker reads them. */
class InstructionsTest {

    @Test
    void fromWithPlatformAndStageName() {
        FromInstruction from = only("FROM --platform=$BUILDPLATFORM golang:1.22 AS Build", FromInstruction.class);
        assertThat(from.image().value()).isEqualTo("golang:1.22");
        assertThat(from.stageName().map(Word::value)).contains("Build");
        assertThat(from.platform()).contains("$BUILDPLATFORM");
    }

    @Test
    void keywordKeepsItsCaseAndKindIgnoresIt() {
        Instruction run = only("rUn echo", RunInstruction.class);
        assertThat(run.keyword()).isEqualTo("rUn");
        assertThat(run.kind()).isEqualTo(InstructionKind.RUN);
    }

    @Test
    void flagsOfRunIncludingRepeatedMounts() {
        RunInstruction run = only("RUN --mount=type=cache,target=/root/.cache --mount=type=secret,id=npm "
                + "--network=none --security=insecure make", RunInstruction.class);
        assertThat(run.flags()).extracting(Flag::name).containsExactly("mount", "mount", "network", "security");
        assertThat(run.flags("mount")).extracting(Flag::valueOrEmpty)
                .containsExactly("type=cache,target=/root/.cache", "type=secret,id=npm");
        assertThat(run.command().text()).isEqualTo("make");
    }

    @Test
    void flagWithoutValueAndQuotedValue() {
        CopyInstruction copy = only("COPY --link --chown=\"app:app\" --chmod=644 a /b", CopyInstruction.class);
        assertThat(copy.flag("link").orElseThrow().value()).isEmpty();
        assertThat(copy.flag("chown").flatMap(Flag::value)).contains("app:app");
        assertThat(copy.flag("chmod").flatMap(Flag::value)).contains("644");
    }

    @Test
    void doubleDashEndsFlags() {
        RunInstruction run = only("RUN -- --not-a-flag", RunInstruction.class);
        assertThat(run.flags()).isEmpty();
        assertThat(run.command().text()).isEqualTo("--not-a-flag");
    }

    @Test
    void execFormIsAJsonArrayOfStrings() {
        CmdInstruction cmd = only("CMD [\"echo\", \"a \\\"b\\\"\", \"\\u00e9\"]", CmdInstruction.class);
        assertThat(cmd.command().form()).isEqualTo(Command.Form.EXEC);
        assertThat(cmd.command().arguments()).extracting(Word::value).containsExactly("echo", "a \"b\"", "é");
    }

    @Test
    void shellForm() {
        EntrypointInstruction entrypoint = only("ENTRYPOINT exec app \"$@\"", EntrypointInstruction.class);
        assertThat(entrypoint.command().isExecForm()).isFalse();
        assertThat(entrypoint.command().text()).isEqualTo("exec app \"$@\"");
    }

    @Test
    void invalidJsonFallsBackToShellFormLikeDocker() {
        for (String args : List.of("['single']", "[\"a\",]", "[\"a\"", "[echo]", "[\"a\", 1]", "[\"a\"] tail")) {
            CmdInstruction cmd = only("CMD " + args, CmdInstruction.class);
            assertThat(cmd.command().form()).as(args).isEqualTo(Command.Form.SHELL);
            assertThat(cmd.command().text()).isEqualTo(args);
        }
    }

    @Test
    void emptyJsonArrayIsExecForm() {
        assertThat(only("CMD []", CmdInstruction.class).command().isExecForm()).isTrue();
    }

    @Test
    void shellNeedsJson() {
        Dockerfile dockerfile = Dockerfile.parse("SHELL /bin/bash -c");
        assertThat(dockerfile.problems()).singleElement().extracting(SyntaxProblem::message).asString().contains("JSON");
        assertThat(only("SHELL [\"pwsh\", \"-Command\"]", ShellInstruction.class).shellValues())
                .containsExactly("pwsh", "-Command");
    }

    @Test
    void labelPairsWithQuotes() {
        LabelInstruction label = only("LABEL a=b \"c d\"=\"e f\" g='h i' j=k\\ l", LabelInstruction.class);
        assertThat(label.labels()).extracting(pair -> pair.key().value() + "=" + pair.value().value())
                .containsExactly("a=b", "c d=e f", "g=h i", "j=k l");
    }

    @Test
    void envPairsAndLegacyForm() {
        EnvInstruction env = only("ENV A=1 B=\"two words\"", EnvInstruction.class);
        assertThat(env.legacyForm()).isFalse();
        assertThat(env.variables()).extracting(pair -> pair.value().value()).containsExactly("1", "two words");
        EnvInstruction legacy = only("ENV NAME some value  ", EnvInstruction.class);
        assertThat(legacy.legacyForm()).isTrue();
        KeyValue pair = legacy.variables().get(0);
        assertThat(pair.key().value()).isEqualTo("NAME");
        assertThat(pair.value().value()).isEqualTo("some value");
    }

    @Test
    void envMixingFormsIsAProblem() {
        assertThat(Dockerfile.parse("ENV A=1 B").problems()).hasSize(1);
    }

    @Test
    void argNamesAndDefaults() {
        ArgInstruction arg = only("ARG VERSION=1.2 TARGETOS EMPTY=", ArgInstruction.class);
        assertThat(arg.declarations()).extracting(declaration -> declaration.name().value())
                .containsExactly("VERSION", "TARGETOS", "EMPTY");
        assertThat(arg.declarations()).extracting(ArgDeclaration::defaultValue).extracting(value -> value.map(Word::value))
                .containsExactly(Optional.of("1.2"), Optional.empty(), Optional.of(""));
    }

    @Test
    void exposePortsAndProtocols() {
        ExposeInstruction expose = only("EXPOSE 80 443/TCP 53/udp 8000-8010 ${PORT}", ExposeInstruction.class);
        assertThat(expose.ports()).extracting(port -> port.port() + "/" + port.protocol())
                .containsExactly("80/tcp", "443/tcp", "53/udp", "8000-8010/tcp", "${PORT}/tcp");
        assertThat(expose.ports()).extracting(ExposedPort::word).extracting(Word::text).contains("443/TCP");
    }

    @Test
    void addSourcesAndDestination() {
        AddInstruction add = only("ADD --checksum=sha256:abc https://example.com/a.tgz b.tgz /opt/", AddInstruction.class);
        assertThat(add.sources()).extracting(Word::value).containsExactly("https://example.com/a.tgz", "b.tgz");
        assertThat(add.destination().map(Word::value)).contains("/opt/");
        assertThat(add.flag("checksum").flatMap(Flag::value)).contains("sha256:abc");
    }

    @Test
    void copyJsonFormWithSpaces() {
        CopyInstruction copy = only("COPY [\"a file.txt\", \"/dest dir/\"]", CopyInstruction.class);
        assertThat(copy.jsonForm()).isTrue();
        assertThat(copy.sources()).extracting(Word::value).containsExactly("a file.txt");
        assertThat(copy.destination().map(Word::value)).contains("/dest dir/");
    }

    @Test
    void copyWithOnlyOneArgumentIsAProblem() {
        assertThat(Dockerfile.parse("COPY app").problems()).hasSize(1);
    }

    @Test
    void workdirTakesTheWholeRest() {
        assertThat(only("WORKDIR \"/my app\"", WorkdirInstruction.class).path().value()).isEqualTo("/my app");
        assertThat(only("WORKDIR /a b", WorkdirInstruction.class).path().value()).isEqualTo("/a b");
    }

    @Test
    void userAndGroup() {
        UserInstruction user = only("USER app:staff", UserInstruction.class);
        assertThat(user.user()).isEqualTo("app");
        assertThat(user.group()).contains("staff");
        assertThat(only("USER 10001", UserInstruction.class).group()).isEmpty();
    }

    @Test
    void volumeJsonOrList() {
        VolumeInstruction json = only("VOLUME [\"/data\", \"/logs\"]", VolumeInstruction.class);
        assertThat(json.jsonForm()).isTrue();
        assertThat(json.paths()).extracting(Word::value).containsExactly("/data", "/logs");
        VolumeInstruction list = only("VOLUME /data /logs", VolumeInstruction.class);
        assertThat(list.jsonForm()).isFalse();
        assertThat(list.paths()).extracting(Word::value).containsExactly("/data", "/logs");
    }

    @Test
    void stopsignalAndMaintainer() {
        assertThat(only("STOPSIGNAL SIGQUIT", StopsignalInstruction.class).signal().value()).isEqualTo("SIGQUIT");
        assertThat(only("MAINTAINER Jane <j@example.com>", MaintainerInstruction.class).name().value())
                .isEqualTo("Jane <j@example.com>");
    }

    @Test
    void healthcheckWithOptionsAndCommand() {
        HealthcheckInstruction check = only("HEALTHCHECK --interval=30s --timeout=5s --start-period=10s "
                + "--start-interval=2s --retries=3 CMD curl -f http://localhost/ || exit 1", HealthcheckInstruction.class);
        assertThat(check.none()).isFalse();
        assertThat(check.flags()).extracting(Flag::name)
                .containsExactly("interval", "timeout", "start-period", "start-interval", "retries");
        assertThat(check.command().orElseThrow().text()).isEqualTo("curl -f http://localhost/ || exit 1");
        HealthcheckInstruction exec = only("HEALTHCHECK cmd [\"/bin/check\"]", HealthcheckInstruction.class);
        assertThat(exec.command().orElseThrow().isExecForm()).isTrue();
    }

    @Test
    void healthcheckNone() {
        HealthcheckInstruction none = only("HEALTHCHECK none", HealthcheckInstruction.class);
        assertThat(none.none()).isTrue();
        assertThat(none.command()).isEmpty();
    }

    @Test
    void onbuildWrapsAParsedInstructionWithItsOwnRanges() {
        String text = "ONBUILD COPY --chown=app . /app";
        OnbuildInstruction onbuild = only(text, OnbuildInstruction.class);
        CopyInstruction copy = (CopyInstruction) onbuild.trigger().orElseThrow();
        assertThat(copy.keywordRange().text(text)).isEqualTo("COPY");
        assertThat(copy.flag("chown").flatMap(Flag::value)).contains("app");
        assertThat(copy.destination().orElseThrow().range().text(text)).isEqualTo("/app");
    }

    @Test
    void onbuildCannotHoldFromOrOnbuild() {
        assertThat(Dockerfile.parse("ONBUILD FROM x").problems()).hasSize(1);
        assertThat(Dockerfile.parse("ONBUILD ONBUILD RUN x").problems()).hasSize(1);
    }

    @Test
    void unknownInstructionIsKeptAndReported() {
        Dockerfile dockerfile = Dockerfile.parse("FROM a\nCOPPY x y\n");
        assertThat(dockerfile.instructions().get(1)).isInstanceOf(UnknownInstruction.class);
        assertThat(dockerfile.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.range()).hasToString("2:1-2:6"));
        assertThat(dockerfile.print()).isEqualTo("FROM a\nCOPPY x y\n");
    }

    private static <T extends Instruction> T only(String text, Class<T> type) {
        Dockerfile dockerfile = Dockerfile.parse(text);
        assertThat(dockerfile.instructions()).hasSize(1);
        assertThat(dockerfile.print()).isEqualTo(text);
        return type.cast(dockerfile.instructions().get(0));
    }
}
