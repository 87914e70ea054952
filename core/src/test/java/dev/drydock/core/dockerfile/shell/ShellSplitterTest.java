package dev.drydock.core.dockerfile.shell;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** RUN commands split into simple commands, with words, quotes, ranges and pipes. */
class ShellSplitterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
        "a && b || c ; d | e & f => a,b,c,d,e,f",
        "(cd /x && make) || { echo no; } => cd,make,echo",
        "if [ -f x ]; then apt-get install -y y; else true; fi => [,apt-get,true",
        "while read l; do echo $l; done => read,echo",
        "! grep -q x f => grep",
        "DEBIAN_FRONTEND=noninteractive apt-get update => apt-get",
        "echo \"a && b\" 'c | d' $(e; f) `g | h` => echo",
        "echo a # && rm -rf / => echo",
        "cmd 2>&1 >/dev/null && next => cmd,next",
    })
    void commandNames(String script, String names) {
        assertThat(split(script).commands()).extracting(ShellCommand::name).containsExactly(names.split(","));
    }

    @Test
    void connectors() {
        assertThat(split("a && b || c; d | e").commands()).extracting(ShellCommand::connectorAfter)
                .containsExactly(Connector.AND, Connector.OR, Connector.SEQUENCE, Connector.PIPE, Connector.END);
    }

    @Test
    void wordsHaveValuesQuoteKindsAndRanges() {
        String text = "RUN echo 'a b' \"c $D\" e\\ f --opt=\"g h\"";
        RunInstruction run = (RunInstruction) Dockerfile.parse(text).instructions().get(0);
        ShellCommand echo = ShellScripts.of(run).get(0).commands().get(0);
        assertThat(echo.arguments()).extracting(ShellWord::value).containsExactly("a b", "c $D", "e f", "--opt=g h");
        assertThat(echo.arguments()).extracting(ShellWord::quote)
                .containsExactly(QuoteKind.SINGLE, QuoteKind.DOUBLE, QuoteKind.NONE, QuoteKind.MIXED);
        assertThat(echo.arguments().get(1).range().text(text)).isEqualTo("\"c $D\"");
        assertThat(echo.arguments().get(1).range()).hasToString("1:16-1:22");
    }

    @Test
    void rangesFollowContinuedLines() {
        String text = "RUN apt-get update && \\\n    apt-get install curl";
        RunInstruction run = (RunInstruction) Dockerfile.parse(text).instructions().get(0);
        ShellCommand install = ShellScripts.of(run).get(0).commands().get(1);
        assertThat(install.range().text(text)).isEqualTo("apt-get install curl");
        assertThat(install.range()).hasToString("2:5-2:25");
    }

    @Test
    void aptGetInstallWithoutYes() {
        ShellScript script = split("apt-get update && apt-get install -qq curl && apt-get -y install git");
        List<ShellCommand> installsWithoutYes = script.commandsNamed("apt-get").stream()
                .filter(command -> command.hasArgument("install") && !command.hasFlag("-y"))
                .toList();
        assertThat(installsWithoutYes).singleElement().extracting(ShellCommand::text).isEqualTo("apt-get install -qq curl");
    }

    @Test
    void shortFlagsInAGroupAndLongFlagsWithValues() {
        ShellCommand command = split("apt-get -qy --no-install-recommends --option=x install").commands().get(0);
        assertThat(command.hasFlag("-y")).isTrue();
        assertThat(command.hasFlag("-q")).isTrue();
        assertThat(command.hasFlag("-f")).isFalse();
        assertThat(command.hasFlag("--no-install-recommends")).isTrue();
        assertThat(command.hasFlag("--option")).isTrue();
    }

    @Test
    void pipesFromDownloadsIntoShells() {
        ShellScript script = split("curl -fsSL https://x/i.sh | sh && wget -O- https://y | sudo bash -s");
        assertThat(script.pipes()).extracting(pipe -> pipe.from().name() + ">" + pipe.to().name())
                .containsExactly("curl>sh", "wget>sudo");
        assertThat(script.pipedInto(script.commands().get(0))).map(ShellCommand::name).contains("sh");
    }

    @Test
    void pipeOutOfASubshell() {
        ShellScript script = split("(curl https://x) | sh");
        assertThat(script.pipes()).extracting(pipe -> pipe.from().name() + ">" + pipe.to().name())
                .containsExactly("curl>sh");
    }

    @Test
    void whatFollowsCd() {
        ShellScript script = split("cd /src && make install; cd -");
        ShellCommand cd = script.commandsNamed("cd").get(0);
        assertThat(script.next(cd)).map(ShellCommand::name).contains("make");
        assertThat(script.previous(script.commands().get(2))).map(ShellCommand::name).contains("make");
    }

    @Test
    void subshellDepth() {
        assertThat(split("a; (b; { c; })").commands()).extracting(ShellCommand::depth).containsExactly(0, 1, 2);
    }

    @Test
    void redirectionsAreNotArguments() {
        ShellCommand command = split("echo hi > /tmp/x 2>&1 <in").commands().get(0);
        assertThat(command.argumentValues()).containsExactly("hi");
        assertThat(command.redirects()).extracting(Redirect::operator).containsExactly(">", "2>&", "<");
        assertThat(command.redirects().get(1).target().orElseThrow().value()).isEqualTo("1");
    }

    @Test
    void assignmentsBeforeTheName() {
        ShellCommand command = split("A=1 B=\"2 3\" /usr/bin/apt-get update").commands().get(0);
        assertThat(command.assignments()).extracting(ShellWord::value).containsExactly("A=1", "B=2 3");
        assertThat(command.name()).isEqualTo("/usr/bin/apt-get");
        assertThat(command.isNamed("apt-get")).isTrue();
    }

    @Test
    void aCommandIsNamedByItsBaseNameOrAsWrittenButNotByAPartOfIt() {
        ShellCommand command = split("/usr/local/bin/apt-get update").commands().get(0);
        assertThat(command.baseName()).isEqualTo("apt-get");
        assertThat(command.isNamed("curl", "apt-get")).isTrue();
        assertThat(command.isNamed("/usr/local/bin/apt-get")).isTrue();
        assertThat(command.isNamed("get", "t-get", "bin/apt-get", "usr/local/bin/apt-get", "apt")).isFalse();
        assertThat(split("xapt-get update").commands().get(0).isNamed("apt-get")).isFalse();
        assertThat(split("A=1").commands().get(0).isNamed("A=1")).isFalse();
    }

    @Test
    void heredocScriptsAreSplitAndNestedHeredocBodiesSkipped() {
        Dockerfile dockerfile = Dockerfile.parse("RUN <<EOF\napt-get update\ncat <<X > /f\nrm -rf /\nX\nsudo ls\nEOF\n"
                + "RUN python3 <<PY\nimport os\nPY\nRUN bash <<SH\nls\nSH\n");
        List<ShellScript> first = ShellScripts.of((RunInstruction) dockerfile.instructions().get(0));
        assertThat(first).hasSize(2);
        assertThat(first.get(1).commands()).extracting(ShellCommand::name).containsExactly("apt-get", "cat", "sudo");
        assertThat(first.get(1).commands().get(2).range().text(dockerfile.text())).isEqualTo("sudo ls");
        assertThat(ShellScripts.of((RunInstruction) dockerfile.instructions().get(1))).hasSize(1);
        assertThat(ShellScripts.of((RunInstruction) dockerfile.instructions().get(2))).hasSize(2);
    }

    @Test
    void execFormRunIsOneCommand() {
        RunInstruction run = (RunInstruction) Dockerfile.parse("RUN [\"apt-get\", \"install\", \"-y\", \"x\"]")
                .instructions().get(0);
        ShellCommand command = ShellScripts.of(run).get(0).commands().get(0);
        assertThat(command.name()).isEqualTo("apt-get");
        assertThat(command.hasFlag("-y")).isTrue();
    }

    @Test
    void unbalancedQuotesAndSubstitutionsStillSplit() {
        assertThat(split("echo \"open && x").commands()).hasSize(1);
        assertThat(split("echo $(open && x").commands()).hasSize(1);
        assertThat(split("echo 'open; x").commands()).hasSize(1);
    }

    private static ShellScript split(String script) {
        RunInstruction run = (RunInstruction) Dockerfile.parse("RUN " + script).instructions().get(0);
        return ShellScripts.of(run).get(0);
    }
}
