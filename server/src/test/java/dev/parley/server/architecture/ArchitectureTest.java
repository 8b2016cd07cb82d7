package dev.parley.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.parley.core.event.Event;
import dev.parley.core.event.EventBus;
import dev.parley.core.store.Transactor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md, made executable: each test is one rule a change must
 * keep, and fails naming the class and the dependency that breaks it.
 */
class ArchitectureTest {
    private static JavaClasses parley;

    @BeforeAll
    static void importParley() {
        parley = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.parley");
    }

    @Test
    void core_knows_no_http_sql_json_redis_nor_the_modules_built_on_it() {
        check(noClasses().that().resideInAPackage("dev.parley.core..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "com.fasterxml..",
                        "io.javalin..", "org.eclipse.jetty..", "io.lettuce..", "com.zaxxer..", "org.flywaydb..",
                        "dev.parley.store..", "dev.parley.server..", "dev.parley.protocol..")
                .because("core holds the rules and talks to ports; transports and storage plug into it"));
    }

    @Test
    void core_services_record_events_and_only_the_transactor_publishes_them() {
        check(noClasses().that().resideInAPackage("dev.parley.core..").and().doNotBelongToAnyOf(Transactor.class)
                .should().callMethod(EventBus.class, "publish", Event.class)
                .because("events are published after commit, by one mechanism (Transactor)"));
    }

    @Test
    void storage_knows_nothing_of_the_server() {
        check(noClasses().that().resideInAPackage("dev.parley.store..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.parley.server..", "io.javalin..",
                        "org.eclipse.jetty..", "io.lettuce.."));
    }

    @Test
    void delivery_is_transport_neutral() {
        check(noClasses().that().resideInAnyPackage("dev.parley.server.delivery..", "dev.parley.server.presence..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.parley.server.ws..",
                        "dev.parley.server.http..", "io.javalin..", "org.eclipse.jetty..", "com.fasterxml..")
                .because("a transport is a package next to ws/ that the fan-out does not know"));
    }

    @Test
    void the_websocket_transport_and_the_rest_api_do_not_use_each_other() {
        check(noClasses().that().resideInAPackage("dev.parley.server.ws..")
                .should().dependOnClassesThat().resideInAPackage("dev.parley.server.http.."));
        check(noClasses().that().resideInAPackage("dev.parley.server.http..")
                .should().dependOnClassesThat().resideInAPackage("dev.parley.server.ws.."));
    }

    @Test
    void the_wire_records_know_nothing_but_themselves_and_the_jdk() {
        check(noClasses().that().resideInAPackage("dev.parley.protocol..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.parley.core..", "dev.parley.store..",
                        "dev.parley.server..", "com.fasterxml.jackson.databind..")
                .because("the wire's field names are fixed in the protocol records, not in the domain"));
    }

    @Test
    void server_packages_have_no_cycles() {
        check(slices().matching("dev.parley.server.(*)..").should().beFreeOfCycles());
    }

    @Test
    void store_packages_have_no_cycles() {
        check(slices().matching("dev.parley.(store)").should().beFreeOfCycles());
        check(slices().matching("dev.parley.store.(*)..").should().beFreeOfCycles());
        check(noClasses().that().resideInAnyPackage("dev.parley.store.jdbc..", "dev.parley.store.log..")
                .should().dependOnClassesThat().resideInAPackage("dev.parley.store"));
    }

    private static void check(ArchRule rule) {
        rule.check(parley);
    }
}
