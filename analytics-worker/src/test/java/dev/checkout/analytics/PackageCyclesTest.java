package dev.checkout.analytics;

import dev.checkout.testsupport.PackageCycles;
import org.junit.jupiter.api.Test;

/** The worker's capabilities (recording, reports) depend on each other in one direction only. */
class PackageCyclesTest {

    @Test
    void capabilitiesDoNotImportEachOtherInACycle() {
        PackageCycles.assertNoneUnder("dev.checkout.analytics");
    }
}
