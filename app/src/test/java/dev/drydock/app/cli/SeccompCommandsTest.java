package dev.drydock.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.drydock.core.seccomp.templates.SeccompTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code drydock seccomp diff|validate|template|export} on files: output, formats and exit codes. */
class SeccompCommandsTest {

    @TempDir
    Path folder;

    private String file(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file.toString();
    }

    private String baseline() throws Exception {
        return file("baseline.json", SeccompTemplates.text("baseline.json"));
    }

    private String strict() throws Exception {
        return file("strict.json", SeccompTemplates.text("strict.json"));
    }

    @Test
    void diffOfAProfileWithItselfSaysAlikeAndExitsZero() throws Exception {
        String strict = strict();
        CliRun run = CliRun.of("seccomp", "diff", strict, strict);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("The profiles treat every system call and architecture alike.\n");
    }

    @Test
    void diffOfBaselineAndStrictListsWhatIsNoLongerAllowedByGroupAndExitsOne() throws Exception {
        CliRun run = CliRun.of("seccomp", "diff", baseline(), strict());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("No longer allowed (").contains("    - ").contains("(risky)");
    }

    @Test
    void diffAsJsonNamesGroupsAndRisk() throws Exception {
        CliRun run = CliRun.of("seccomp", "diff", "--format", "json", baseline(), strict());
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode diff = new ObjectMapper().readTree(run.out());
        assertThat(diff.path("same").asBoolean()).isFalse();
        assertThat(diff.path("removedAllowed")).isNotEmpty().allSatisfy(call -> {
            assertThat(call.path("name").asText()).isNotBlank();
            assertThat(call.path("group").asText()).isNotBlank();
        });
        assertThat(diff.path("removedAllowed")).anySatisfy(call -> assertThat(call.path("risky").asBoolean()).isTrue());
    }

    @Test
    void diffOfAMissingFileIsAnErrorInWords() throws Exception {
        CliRun run = CliRun.of("seccomp", "diff", strict(), folder.resolve("nope.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("does not exist");
    }

    @Test
    void validateACleanProfileExitsZero() throws Exception {
        String strict = strict();
        CliRun run = CliRun.of("seccomp", "validate", strict);
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).isEqualTo(strict + ": no problems.\n");
    }

    @Test
    void validateListsProblemsWithLineAndColumnAndExitsOne() throws Exception {
        String bad = file("bad.json", """
                {
                  "defaultAction": "SCMP_ACT_ERRNO",
                  "architectures": ["SCMP_ARCH_X86_64"],
                  "syscalls": [
                    {"names": ["read"], "action": "SCMP_ACT_SOMETIMES"}
                  ]
                }
                """);
        CliRun run = CliRun.of("seccomp", "validate", bad, strict());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("bad\\.json:5:\\d+: error: .*SCMP_ACT_SOMETIMES.* \\(at /syscalls/0/action\\)")
                .contains("bad.json: 1 error, 0 warnings.").contains("strict.json: no problems.");
    }

    @Test
    void validateTextThatIsNotJsonSaysWhere() throws Exception {
        CliRun run = CliRun.of("seccomp", "validate", file("broken.json", "{\n  \"defaultAction\": \n}\n"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("broken\\.json:3:\\d+: error: ");
    }

    @Test
    void validateAMissingFileExitsTwo() {
        CliRun run = CliRun.of("seccomp", "validate", folder.resolve("nope.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("nope.json: error: no such file.");
    }

    @Test
    void templatePrintsOrWritesAndNeverReplacesWithoutForce() throws Exception {
        CliRun printed = CliRun.of("seccomp", "template", "strict");
        assertThat(printed.exitCode()).isZero();
        assertThat(printed.out()).isEqualTo(SeccompTemplates.text("strict.json"));
        Path out = folder.resolve("p.json");
        assertThat(CliRun.of("seccomp", "template", "baseline", "-o", out.toString()).exitCode()).isZero();
        assertThat(Files.readString(out)).isEqualTo(SeccompTemplates.text("baseline.json"));
        CliRun again = CliRun.of("seccomp", "template", "strict", "-o", out.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already exists").contains("--force");
        assertThat(CliRun.of("seccomp", "template", "strict", "-o", out.toString(), "--force").exitCode()).isZero();
        assertThat(Files.readString(out)).isEqualTo(SeccompTemplates.text("strict.json"));
    }

    @Test
    void templateOfAnUnknownNameIsAUsageError() {
        CliRun run = CliRun.of("seccomp", "template", "lenient");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("baseline").contains("strict");
    }

    @Test
    void exportForComposeAndKubernetesParsesAsYaml() throws Exception {
        String strict = strict();
        CliRun compose = CliRun.of("seccomp", "export", strict, "--format", "compose", "--name", "web");
        assertThat(compose.exitCode()).as(compose.err()).isZero();
        assertThat(new YAMLMapper().readTree(compose.out()).path("services").path("web").path("security_opt").get(0)
                .asText()).isEqualTo("seccomp=" + strict);
        CliRun k8s = CliRun.of("seccomp", "export", strict, "--format", "k8s");
        assertThat(k8s.exitCode()).isZero();
        JsonNode profile = new YAMLMapper().readTree(k8s.out()).path("securityContext").path("seccompProfile");
        assertThat(profile.path("localhostProfile").asText()).isEqualTo("profiles/strict.json");
        assertThat(k8s.out()).contains("/var/lib/kubelet/seccomp/profiles/strict.json");
    }

    @Test
    void exportRefusesAProfileWithErrorsAndABadName() throws Exception {
        String bad = file("bad.json", "{\"defaultAction\": \"SCMP_ACT_NOPE\", \"syscalls\": []}");
        CliRun refused = CliRun.of("seccomp", "export", bad, "--format", "k8s");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("SCMP_ACT_NOPE").contains("not exported");
        assertThat(refused.out()).isEmpty();
        CliRun badName = CliRun.of("seccomp", "export", strict(), "--format", "k8s", "--name", "../x");
        assertThat(badName.exitCode()).isEqualTo(2);
        assertThat(badName.err()).contains("cannot be a file name");
    }

    @Test
    void exportWritesToAFile() throws Exception {
        Path out = folder.resolve("out/web.compose.yaml");
        CliRun run = CliRun.of("seccomp", "export", strict(), "--format", "compose", "-o", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(out)).contains("security_opt:");
    }

    @Test
    void helpNamesEverySubCommandAndTheDiffExitCodes() {
        assertThat(CliRun.of("seccomp", "--help").out()).contains("diff").contains("validate").contains("template")
                .contains("export");
        assertThat(CliRun.of("seccomp", "diff", "--help").out()).contains("Exit codes (as diff(1))")
                .contains("the profiles treat every system call");
    }
}
