package com.creatorcompass.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layout is the architecture: contracts depend on nothing, the JSON setting on Jackson alone, sibling
 * modules not on each other, only app wires.
 */
@AnalyzeClasses(packages = "com.creatorcompass", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule contracts_are_plain_java = classes()
            .that()
            .resideInAPackage("com.creatorcompass.contracts..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("com.creatorcompass.contracts..", "java..");

    @ArchTest
    static final ArchRule the_json_setting_is_a_library_below_every_part = classes()
            .that()
            .resideInAPackage("com.creatorcompass.json..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("com.creatorcompass.json..", "java..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule the_command_side_sees_only_contracts = noClasses()
            .that()
            .resideInAPackage("com.creatorcompass.command..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.creatorcompass.app..",
                    "com.creatorcompass.query..",
                    "com.creatorcompass.streams..",
                    "com.creatorcompass.scraper..",
                    "com.creatorcompass.graphql..",
                    "com.creatorcompass.standin..",
                    "com.creatorcompass.recommend..");

    @ArchTest
    static final ArchRule the_scraper_sees_only_contracts = noClasses()
            .that()
            .resideInAPackage("com.creatorcompass.scraper..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.creatorcompass.app..",
                    "com.creatorcompass.command..",
                    "com.creatorcompass.query..",
                    "com.creatorcompass.streams..",
                    "com.creatorcompass.graphql..",
                    "com.creatorcompass.standin..",
                    "com.creatorcompass.recommend..");

    @ArchTest
    static final ArchRule the_query_side_sees_only_contracts = noClasses()
            .that()
            .resideInAPackage("com.creatorcompass.query..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.creatorcompass.app..",
                    "com.creatorcompass.command..",
                    "com.creatorcompass.scraper..",
                    "com.creatorcompass.streams..",
                    "com.creatorcompass.graphql..",
                    "com.creatorcompass.standin..",
                    "com.creatorcompass.recommend..");

    @ArchTest
    static final ArchRule stream_processing_sees_only_contracts = noClasses()
            .that()
            .resideInAPackage("com.creatorcompass.streams..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.creatorcompass.app..",
                    "com.creatorcompass.command..",
                    "com.creatorcompass.scraper..",
                    "com.creatorcompass.query..",
                    "com.creatorcompass.graphql..",
                    "com.creatorcompass.standin..",
                    "com.creatorcompass.recommend..");

    @ArchTest
    static final ArchRule the_api_sees_only_contracts = noClasses()
            .that()
            .resideInAPackage("com.creatorcompass.graphql..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.creatorcompass.app..",
                    "com.creatorcompass.command..",
                    "com.creatorcompass.scraper..",
                    "com.creatorcompass.query..",
                    "com.creatorcompass.streams..",
                    "com.creatorcompass.standin..",
                    "com.creatorcompass.recommend..");

    @ArchTest
    static final ArchRule the_recommendations_see_only_contracts = noClasses()
            .that()
            .resideInAPackage("com.creatorcompass.recommend..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.creatorcompass.app..",
                    "com.creatorcompass.command..",
                    "com.creatorcompass.scraper..",
                    "com.creatorcompass.query..",
                    "com.creatorcompass.streams..",
                    "com.creatorcompass.graphql..",
                    "com.creatorcompass.standin..");

    @ArchTest
    static final ArchRule the_stand_in_site_is_a_world_of_its_own = classes()
            .that()
            .resideInAPackage("com.creatorcompass.standin..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "com.creatorcompass.standin..", "java..", "com.sun.net.httpserver..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule nothing_depends_on_the_app = noClasses()
            .that()
            .resideOutsideOfPackage("com.creatorcompass.app..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.creatorcompass.app..");
}
