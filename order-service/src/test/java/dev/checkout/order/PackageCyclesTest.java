package dev.checkout.order;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The service's capabilities (checkout, status, orders, catalog, ...) depend on each other in one direction only:
 * checkout and status build on the order record, never the other way round.
 */
class PackageCyclesTest {

    @Test
    void capabilitiesDoNotImportEachOtherInACycle() {
        JavaClasses service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.checkout.order");
        slices().matching("dev.checkout.order.(*)..").should().beFreeOfCycles().check(service);
    }
}
