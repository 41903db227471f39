package dev.checkout.order;

import dev.checkout.testsupport.PackageCycles;
import org.junit.jupiter.api.Test;

/**
 * The service's capabilities (checkout, status, orders, catalog, ...) depend on each other in one direction only:
 * checkout and status build on the order record, never the other way round.
 */
class PackageCyclesTest {

    @Test
    void capabilitiesDoNotImportEachOtherInACycle() {
        PackageCycles.assertNoneUnder("dev.checkout.order");
    }
}
