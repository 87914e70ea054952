package dev.drydock.core.findings;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The finding model stays below everything that uses it: data first, then policy, then output. */
@AnalyzeClasses(packages = "dev.drydock.core", importOptions = ImportOption.DoNotIncludeTests.class)
class FindingsArchitectureTest {

    @ArchTest
    static final ArchRule fixesKnowOnlyText = noClasses().that().resideInAPackage("dev.drydock.core.fix..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.drydock.core.findings..", "dev.drydock.core.config..",
                    "dev.drydock.core.report..")
            .because("one applier serves the editor, the CLI and exports, whatever produced the fix");

    @ArchTest
    static final ArchRule findingsAreData = noClasses().that().resideInAPackage("dev.drydock.core.findings")
            .should().dependOnClassesThat().resideInAnyPackage("dev.drydock.core.config..", "dev.drydock.core.report..",
                    "dev.drydock.core.findings.suppress..", "com.fasterxml..")
            .because("findings are plain records that every layer can use");

    @ArchTest
    static final ArchRule configDoesNotKnowReports = noClasses().that().resideInAPackage("dev.drydock.core.config..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.drydock.core.report..", "dev.drydock.core.findings.suppress..");

    @ArchTest
    static final ArchRule exportersDoNotSuppress = noClasses().that().resideInAPackage("dev.drydock.core.report..")
            .should().dependOnClassesThat().resideInAPackage("dev.drydock.core.findings.suppress..")
            .because("exporters write what they are given; suppression happens before");
}
