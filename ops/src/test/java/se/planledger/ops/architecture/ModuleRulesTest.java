package se.planledger.ops.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module rules of the build: a class that breaks them fails here, with the offending dependency named. */
class ModuleRulesTest {

    static final JavaClasses LEDGER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.planledger");

    @Test
    void domainHasNoSpringAndNoStorage() {
        noClasses().that().resideInAPackage("se.planledger.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                        "jakarta.persistence..", "org.axonframework.eventsourcing..", "org.axonframework.config..",
                        "org.flywaydb..", "org.h2..", "org.postgresql..")
                .check(LEDGER);
    }

    @Test
    void domainKnowsNoOtherModule() {
        noClasses().that().resideInAPackage("se.planledger.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("se.planledger.command..", "se.planledger.query..",
                        "se.planledger.ops..")
                .check(LEDGER);
    }

    @Test
    void commandSideNeverUsesTheQuerySide() {
        noClasses().that().resideInAPackage("se.planledger.command..")
                .should().dependOnClassesThat().resideInAnyPackage("se.planledger.query..", "se.planledger.ops..")
                .check(LEDGER);
    }

    @Test
    void querySideNeverUsesTheCommandSide() {
        noClasses().that().resideInAPackage("se.planledger.query..")
                .should().dependOnClassesThat().resideInAnyPackage("se.planledger.command..", "se.planledger.ops..")
                .check(LEDGER);
    }

    /** ops: the application (boot, configuration, web) wires the operations and the demo data, never the reverse. */
    @Test
    void operationsAndDemoDataNeverUseTheApplication() {
        noClasses().that().resideInAnyPackage("se.planledger.ops.audit..", "se.planledger.ops.rebuild..",
                        "se.planledger.ops.jobs..", "se.planledger.ops.health..", "se.planledger.ops.upcasting..",
                        "se.planledger.ops.seal..")
                .should().dependOnClassesThat().resideInAnyPackage("se.planledger.ops.app..", "se.planledger.ops.web..",
                        "se.planledger.ops.demo..")
                .check(LEDGER);
        noClasses().that().resideInAPackage("se.planledger.ops.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("se.planledger.ops.app..", "se.planledger.ops.web..",
                        "se.planledger.ops.audit..", "se.planledger.ops.rebuild..", "se.planledger.ops.jobs..",
                        "se.planledger.ops.health..")
                .check(LEDGER);
    }
}
