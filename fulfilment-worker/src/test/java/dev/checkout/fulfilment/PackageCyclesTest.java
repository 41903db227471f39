package dev.checkout.fulfilment;

import dev.checkout.testsupport.PackageCycles;
import org.junit.jupiter.api.Test;

/** The worker's capabilities (api, shipment, simulator, warehouse) depend on each other in one direction only. */
class PackageCyclesTest {

    @Test
    void capabilitiesDoNotImportEachOtherInACycle() {
        PackageCycles.assertNoneUnder("dev.checkout.fulfilment");
    }
}
