package org.smartpick.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import java.util.Random;

/**
 * Keeps the core pure: no files, network, web, JSON, database, CLI or logging library, no standard streams, no
 * wall clock and no unseeded randomness. The app module is where those live (see /work/shared/STYLE.md, "Pure core,
 * IO at the edges").
 */
@AnalyzeClasses(packages = "org.smartpick.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    /** Packages of the edges: files and network, web, JSON, database, CLI, CSV library and logging. */
    static final String[] EDGE_PACKAGES = {
        "java.nio.file..",
        "java.net..",
        "java.nio.channels..",
        "java.sql..",
        "javax.sql..",
        "io.javalin..",
        "jakarta..",
        "javax.servlet..",
        "org.eclipse.jetty..",
        "gg.jte..",
        "com.fasterxml..",
        "org.jdbi..",
        "org.flywaydb..",
        "org.h2..",
        "org.postgresql..",
        "com.zaxxer..",
        "picocli..",
        "org.apache.commons.csv..",
        "org.slf4j..",
        "java.util.logging.."
    };

    @ArchTest
    static final ArchRule coreUsesNoEdgeLibrary = noClasses()
            .that()
            .resideInAPackage("org.smartpick.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(EDGE_PACKAGES)
            .because("web, JSON, database, CLI, logging, files and network belong to smartpick-app");

    @ArchTest
    static final ArchRule coreUsesNoJavaIo = noClasses()
            .that()
            .resideInAPackage("org.smartpick.core..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("java.io..")
            .because("core methods take values and return values: the app reads files and streams, the core parses"
                    + " the text it is given (KeyValues, CsvTable) and builds policies from the result");

    @ArchTest
    static final ArchRule coreWritesToNoStandardStream = noClasses()
            .that()
            .resideInAPackage("org.smartpick.core..")
            .should(ACCESS_STANDARD_STREAMS)
            .because("the core returns explanations instead of printing");

    @ArchTest
    static final ArchRule coreReadsNoWallClock = noClasses()
            .that()
            .resideInAPackage("org.smartpick.core..")
            .should(ArchConditions.callMethodWhere(readsTheSystemClock()))
            .because("the core takes a Clock or a date as input, so the same input gives the same answer");

    @ArchTest
    static final ArchRule coreUsesNoUnseededRandom = noClasses()
            .that()
            .resideInAPackage("org.smartpick.core..")
            .should()
            .callConstructor(Random.class)
            .because("the core takes a seeded Random as input, so the same input gives the same answer");

    @ArchTest
    static final ArchRule coreReadsNoEnvironment = noClasses()
            .that()
            .resideInAPackage("org.smartpick.core..")
            .should(ArchConditions.callMethodWhere(readsTheEnvironment()))
            .because("configuration is read by the app and passed in");

    /** {@code now()} on any java.time type without a Clock, and the JVM's clocks. */
    static DescribedPredicate<JavaCall<?>> readsTheSystemClock() {
        return DescribedPredicate.describe("reads the system clock", call -> {
            JavaClass owner = call.getTargetOwner();
            String name = call.getName();
            boolean noArguments = call.getTarget().getRawParameterTypes().isEmpty();
            if (owner.getPackageName().equals("java.time")) {
                return (name.equals("now") && noArguments)
                        || (owner.isEquivalentTo(java.time.Clock.class)
                                && (name.equals("systemUTC") || name.equals("systemDefaultZone")));
            }
            return owner.isEquivalentTo(System.class) && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
        });
    }

    /** {@code System.getenv} and {@code System.getProperty}. */
    static DescribedPredicate<JavaCall<?>> readsTheEnvironment() {
        return DescribedPredicate.describe(
                "reads the environment or system properties",
                call -> call.getTargetOwner().isEquivalentTo(System.class)
                        && (call.getName().equals("getenv") || call.getName().equals("getProperty")));
    }
}
