package org.smartpick.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartpick.core.archfixture.ImpureCoreClass;

/** Each rule of {@link CoreArchitectureTest} reports the fixture that breaks it, so a passing rule means something. */
class CoreArchitectureRulesTest {

    private static final JavaClasses IMPURE = new ClassFileImporter().importClasses(ImpureCoreClass.class);

    static Stream<Arguments> rulesAndTheCallTheyCatch() {
        return Stream.of(
                Arguments.of(CoreArchitectureTest.coreUsesNoEdgeLibrary, "java.nio.file.Files.readString"),
                Arguments.of(CoreArchitectureTest.coreUsesNoJavaIo, "java.io.File"),
                Arguments.of(CoreArchitectureTest.coreWritesToNoStandardStream, "java.lang.System.out"),
                Arguments.of(CoreArchitectureTest.coreReadsNoWallClock, "java.time.Instant.now()"),
                Arguments.of(CoreArchitectureTest.coreReadsNoWallClock, "java.time.LocalDate.now()"),
                Arguments.of(CoreArchitectureTest.coreUsesNoUnseededRandom, "java.util.Random.<init>()"),
                Arguments.of(CoreArchitectureTest.coreReadsNoEnvironment, "java.lang.System.getenv"));
    }

    @ParameterizedTest
    @MethodSource("rulesAndTheCallTheyCatch")
    void ruleReportsTheImpureCall(ArchRule rule, String call) {
        EvaluationResult result = rule.evaluate(IMPURE);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains(call));
    }
}
