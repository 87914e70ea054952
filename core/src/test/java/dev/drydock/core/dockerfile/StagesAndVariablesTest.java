package dev.drydock.core.dockerfile;

import dev.drydock.core.dockerfile.instruction.Instruction;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Stages, and which ARG and ENV values each instruction sees. */
class StagesAndVariablesTest {

    private static final String MULTI_STAGE = """
            ARG BASE=alpine
            ARG TAG=3.20
            FROM ${BASE}:${TAG} AS Build
            ARG TAG
            ENV HOME_DIR=/opt/app VERSION=${TAG:-none}
            RUN echo $TAG $BASE
            FROM build AS test
            RUN echo $HOME_DIR
            FROM --platform=linux/arm64 scratch
            COPY --from=build /a /b
            """;

    @Test
    void stagesRunFromFromToTheNextFrom() {
        Dockerfile dockerfile = Dockerfile.parse(MULTI_STAGE);
        List<Stage> stages = dockerfile.stages();
        assertThat(stages).extracting(Stage::index).containsExactly(0, 1, 2);
        assertThat(stages).extracting(Stage::name).extracting(name -> name.orElse("-")).containsExactly("build", "test", "-");
        assertThat(stages).extracting(Stage::baseImage).containsExactly("${BASE}:${TAG}", "build", "scratch");
        assertThat(stages.get(2).platform()).contains("linux/arm64");
        assertThat(stages.get(0).instructions()).hasSize(3);
        assertThat(stages.get(0).range()).hasToString("3:1-6:20");
        assertThat(dockerfile.finalStage()).contains(stages.get(2));
        assertThat(dockerfile.stage("BUILD")).contains(stages.get(0));
        assertThat(dockerfile.stage("1")).contains(stages.get(1));
    }

    @Test
    void globalArgsAreVisibleInFrom() {
        Dockerfile dockerfile = Dockerfile.parse(MULTI_STAGE);
        Instruction from = dockerfile.instructions().get(2);
        assertThat(dockerfile.expand(from, "${BASE}:${TAG}")).isEqualTo("alpine:3.20");
    }

    @Test
    void globalArgsNeedRedeclaringInsideAStage() {
        Dockerfile dockerfile = Dockerfile.parse(MULTI_STAGE);
        Instruction run = dockerfile.instructions().get(5);
        assertThat(dockerfile.variablesAt(run).value("TAG")).contains("3.20");
        assertThat(dockerfile.variablesAt(run).isDeclared("BASE")).isFalse();
        assertThat(dockerfile.expand(run, "$TAG-$BASE")).isEqualTo("3.20-");
    }

    @Test
    void envIsExpandedWhenDeclaredAndInheritedByAStageBuiltOnIt() {
        Dockerfile dockerfile = Dockerfile.parse(MULTI_STAGE);
        Instruction buildRun = dockerfile.instructions().get(5);
        assertThat(dockerfile.variablesAt(buildRun).value("VERSION")).contains("3.20");
        Instruction testRun = dockerfile.instructions().get(7);
        assertThat(dockerfile.variablesAt(testRun).value("HOME_DIR")).contains("/opt/app");
        assertThat(dockerfile.variablesAt(testRun).isDeclared("TAG")).isFalse();
        Instruction copy = dockerfile.instructions().get(9);
        assertThat(dockerfile.variablesAt(copy).asMap()).isEmpty();
    }

    @Test
    void instructionsSeeOnlyWhatWasDeclaredBeforeThem() {
        Dockerfile dockerfile = Dockerfile.parse("FROM a\nRUN x\nARG V=1\nRUN y\n");
        assertThat(dockerfile.variablesAt(dockerfile.instructions().get(1)).isDeclared("V")).isFalse();
        assertThat(dockerfile.variablesAt(dockerfile.instructions().get(3)).value("V")).contains("1");
    }

    @Test
    void envWinsOverArgOfTheSameName() {
        Dockerfile dockerfile = Dockerfile.parse("FROM a\nENV V=env\nARG V=arg\nRUN x\n");
        Variable variable = dockerfile.variablesAt(dockerfile.instructions().get(3)).get("V").orElseThrow();
        assertThat(variable.value()).contains("env");
        assertThat(variable.environment()).isTrue();
    }

    @Test
    void envValuesInOneInstructionSeeTheValuesBeforeIt() {
        Dockerfile dockerfile = Dockerfile.parse("FROM a\nENV A=1\nENV A=2 B=$A\nRUN x\n");
        assertThat(dockerfile.variablesAt(dockerfile.instructions().get(3)).value("B")).contains("1");
    }

    @Test
    void platformArgumentsAreDeclaredGloballyByBuildKit() {
        Dockerfile dockerfile = Dockerfile.parse("FROM --platform=$BUILDPLATFORM a\nRUN x\nARG TARGETOS\nRUN y\n");
        Variables global = dockerfile.variablesAt(dockerfile.instructions().get(0));
        assertThat(global.get("BUILDPLATFORM")).hasValueSatisfying(variable -> assertThat(variable.isAutomatic()).isTrue());
        assertThat(dockerfile.variablesAt(dockerfile.instructions().get(1)).isDeclared("TARGETOS")).isFalse();
        assertThat(dockerfile.variablesAt(dockerfile.instructions().get(3)).isDeclared("TARGETOS")).isTrue();
    }

    @Test
    void argWithoutDefaultIsDeclaredButUnset() {
        Dockerfile dockerfile = Dockerfile.parse("FROM a\nARG TOKEN\nRUN x\n");
        Instruction run = dockerfile.instructions().get(2);
        assertThat(dockerfile.variablesAt(run).isDeclared("TOKEN")).isTrue();
        assertThat(dockerfile.expand(run, "${TOKEN-unset}")).isEqualTo("unset");
    }

    @Test
    void shellInEffectFollowsTheStage() {
        Dockerfile dockerfile = Dockerfile.parse("FROM a AS one\nSHELL [\"bash\", \"-c\"]\nRUN x\nFROM one\nRUN y\n"
                + "FROM b\nRUN z\n");
        assertThat(dockerfile.shellAt(dockerfile.instructions().get(2))).contains(List.of("bash", "-c"));
        assertThat(dockerfile.shellAt(dockerfile.instructions().get(4))).contains(List.of("bash", "-c"));
        assertThat(dockerfile.shellAt(dockerfile.instructions().get(6))).isEmpty();
    }

    @Test
    void noStagesWithoutFrom() {
        Dockerfile dockerfile = Dockerfile.parse("ARG A=1\nRUN x\n");
        assertThat(dockerfile.stages()).isEmpty();
        assertThat(dockerfile.stageOf(dockerfile.instructions().get(1))).isEmpty();
    }
}
