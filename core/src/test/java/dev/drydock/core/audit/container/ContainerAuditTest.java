package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleMetadata;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The list of container checks: ids, CIS numbers, remedies and explanations. */
class ContainerAuditTest {

    private final List<ContainerCheck> checks = ContainerAudit.standard().checks();

    @Test
    void everyCheckIdMatchesItsCisItem() {
        for (ContainerCheck check : checks) {
            RuleMetadata metadata = check.metadata();
            assertThat(metadata.id()).matches("DC5[0-9]{3}");
            int number = Integer.parseInt(metadata.id().substring(3));
            if (number < 100) {
                assertThat(metadata.references().cisDockerBenchmark()).as(metadata.id()).contains("5." + number);
            }
        }
    }

    @Test
    void everyCheckHasARemedyAndAnExplanationNamingItsTitle() {
        for (ContainerCheck check : checks) {
            assertThat(check.remedy()).as(check.id()).isNotBlank();
            assertThat(ContainerAudit.documentation(check.id())).as(check.id())
                    .hasValueSatisfying(text -> assertThat(text).startsWith("# " + check.id() + " — " + check.metadata().title()));
        }
    }

    @Test
    void findsChecksByIdInAnyCase() {
        assertThat(ContainerAudit.standard().find(" dc5005 ")).map(ContainerCheck::remedy).hasValueSatisfying(
                remedy -> assertThat(remedy).startsWith("drop --privileged"));
        assertThat(ContainerAudit.standard().find("DC9999")).isEmpty();
    }

    @Test
    void duplicateIdsAreRefused() {
        assertThatThrownBy(() -> new ContainerAudit(List.of(new Privileged(), new Privileged())))
                .hasMessageContaining("DC5005");
    }
}
