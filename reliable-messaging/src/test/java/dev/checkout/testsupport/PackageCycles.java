package dev.checkout.testsupport;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * A service's capabilities (the packages right under its base package) depend on each other in one direction only:
 * a cycle means two capabilities are one, or one holds what belongs to neither.
 */
public final class PackageCycles {

    private PackageCycles() {
    }

    /** Fails, naming every cycle, if the main classes under {@code basePackage} import each other in a cycle. */
    public static void assertNoneUnder(String basePackage) {
        slices().matching(basePackage + ".(*)..").should().beFreeOfCycles()
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(basePackage));
    }
}
