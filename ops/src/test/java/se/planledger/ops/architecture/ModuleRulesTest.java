package se.planledger.ops.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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

    /** The operations of ops: what runs on the ledger, wired by the application but never using it. */
    static final String[] OPERATIONS = {"se.planledger.ops.audit..", "se.planledger.ops.rebuild..",
            "se.planledger.ops.jobs..", "se.planledger.ops.health..", "se.planledger.ops.nodes..",
            "se.planledger.ops.upcasting..", "se.planledger.ops.seal.."};

    /** ops: the application (boot, configuration, web) wires the operations and the demo data, never the reverse. */
    @Test
    void operationsNeverUseTheApplicationOrTheDemoData() {
        noClasses().that().resideInAnyPackage(OPERATIONS)
                .should().dependOnClassesThat().resideInAnyPackage("se.planledger.ops.app..", "se.planledger.ops.web..",
                        "se.planledger.ops.demo..")
                .check(LEDGER);
    }

    /**
     * The demo data is written as a user would write it: through the domain's commands and the command side, nothing
     * else of the ledger; of the operations only {@code nodes}, to tell an Axon Server not yet reachable from data
     * that was refused.
     */
    @Test
    void demoDataUsesOnlyTheDomainTheCommandSideAndTheNodes() {
        classes().that().resideInAPackage("se.planledger.ops.demo..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("se.planledger..")
                        .or(resideInAnyPackage("se.planledger.domain..", "se.planledger.command..",
                                "se.planledger.ops.demo..", "se.planledger.ops.nodes..")))
                .check(LEDGER);
    }
}
