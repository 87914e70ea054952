package dev.drydock.core;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The engine stays free of any GUI toolkit, and docker-java stays behind one package. */
@AnalyzeClasses(packages = "dev.drydock.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule noGuiToolkits = noClasses().that().resideInAPackage("dev.drydock.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
            .because("core runs headless in the CLI and in CI");

    @ArchTest
    static final ArchRule dockerJavaOnlyInTheGateway = noClasses().that().resideInAPackage("dev.drydock.core..")
            .and().resideOutsideOfPackage("dev.drydock.core.docker..")
            .should().dependOnClassesThat().resideInAPackage("com.github.dockerjava..")
            .because("docker-java types never leave dev.drydock.core.docker");

    @ArchTest
    static final ArchRule gatewayKeepsItsTransportToItself = noClasses().that().resideInAPackage("dev.drydock.core..")
            .and().resideOutsideOfPackage("dev.drydock.core.docker..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.hc..")
            .because("the HTTP transport is an implementation detail of the gateway");
}
