package dev.npmmcp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The rules of docs/ARCHITECTURE.md, over the production classes. */
class ArchitectureTest {

    private static final List<String> FEATURES = List.of(
            "proxyhost", "certificate", "accesslist", "stream", "redirection", "deadhost", "user", "system");
    private static final String STDIO_TRANSPORT = "dev.npmmcp.mcp.StdioTransport";

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.npmmcp");

    @Test
    void shouldHaveNoPackageCycles() {
        slices().matching("dev.npmmcp.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void shouldKeepTheMcpSdkInsideTheMcpPackage() {
        noClasses().that().resideOutsideOfPackage("dev.npmmcp.mcp..")
                .should().dependOnClassesThat().resideInAPackage("io.modelcontextprotocol..")
                .because("the SDK's API broke twice; one package absorbs the next break")
                .check(classes);
    }

    @Test
    void shouldLeaveStdoutToTheStdioTransport() {
        noClasses().that().doNotHaveFullyQualifiedName(STDIO_TRANSPORT)
                .should().accessField(System.class, "out")
                .orShould().callMethod(System.class, "setOut", PrintStream.class)
                .because("stdout is the MCP protocol channel; one stray line breaks the client")
                .check(classes);
    }

    @TestFactory
    Stream<DynamicTest> shouldKeepFeaturePackagesApart() {
        return FEATURES.stream().map(feature -> DynamicTest.dynamicTest(feature, () -> {
            String[] others = FEATURES.stream()
                    .filter(other -> !other.equals(feature))
                    .map(other -> "dev.npmmcp." + other + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage("dev.npmmcp." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("features meet only in bulk/, sync/, fleet/ and intent/")
                    .allowEmptyShould(true)
                    .check(classes);
        }));
    }

    @TestFactory
    Stream<DynamicTest> shouldKeepTheFoundationsFreeOfOurOtherPackages() {
        return Stream.of("security", "simulator").map(base -> DynamicTest.dynamicTest(base, () -> {
            String[] ours = Stream.concat(FEATURES.stream(), Stream.of(
                            "npm", "bulk", "sync", "fleet", "intent", "doctor", "instance", "tool", "resource", "mcp",
                            "cli", "security", "simulator"))
                    .filter(other -> !other.equals(base))
                    .map(other -> "dev.npmmcp." + other + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage("dev.npmmcp." + base + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(ours)
                    .allowEmptyShould(true)
                    .check(classes);
        }));
    }

    @Test
    void shouldKeepTheToolAbstractionBelowTheServer() {
        noClasses().that().resideInAPackage("dev.npmmcp.tool..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        Arrays.stream(new String[] {"mcp", "cli", "bulk", "sync", "fleet", "intent", "doctor", "resource"})
                                .map(p -> "dev.npmmcp." + p + "..")
                                .toArray(String[]::new))
                .check(classes);
    }

    @Test
    void shouldKeepPromptsAboveOnlyTheToolAbstraction() {
        noClasses().that().resideInAPackage("dev.npmmcp.prompt..")
                .should().dependOnClassesThat().resideInAnyPackage(Stream.concat(FEATURES.stream(), Stream.of(
                                "npm", "bulk", "sync", "fleet", "intent", "doctor", "instance", "resource", "mcp", "cli",
                                "security", "simulator"))
                        .map(p -> "dev.npmmcp." + p + "..")
                        .toArray(String[]::new))
                .because("prompts name tools; they never call NPM or the SDK themselves")
                .check(classes);
    }

    @Test
    void shouldKeepResourcesAboveOnlyTheToolAbstraction() {
        noClasses().that().resideInAPackage("dev.npmmcp.resource..")
                .should().dependOnClassesThat().resideInAnyPackage(Stream.concat(FEATURES.stream(), Stream.of(
                                "npm", "bulk", "sync", "fleet", "intent", "instance", "prompt", "mcp", "cli", "security",
                                "simulator"))
                        .map(p -> "dev.npmmcp." + p + "..")
                        .toArray(String[]::new))
                .because("resources show what the read tools show, through them: no second path to NPM or the SDK")
                .check(classes);
    }
}
