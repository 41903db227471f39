package dev.checkout.messaging;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The library's capabilities (consumer, dlq, outbox, ...) depend on each other in one direction only. */
class PackageCyclesTest {

    @Test
    void capabilitiesDoNotImportEachOtherInACycle() {
        JavaClasses library = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.checkout.messaging");
        slices().matching("dev.checkout.messaging.(*)..").should().beFreeOfCycles().check(library);
    }
}
