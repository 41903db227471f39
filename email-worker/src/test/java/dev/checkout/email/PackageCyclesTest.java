package dev.checkout.email;

import dev.checkout.testsupport.PackageCycles;
import org.junit.jupiter.api.Test;

/** The worker's capabilities (confirmation, delivery, order, receipt, smtp) depend on each other in one direction only. */
class PackageCyclesTest {

    @Test
    void capabilitiesDoNotImportEachOtherInACycle() {
        PackageCycles.assertNoneUnder("dev.checkout.email");
    }
}
