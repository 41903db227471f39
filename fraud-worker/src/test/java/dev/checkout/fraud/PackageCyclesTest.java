package dev.checkout.fraud;

import dev.checkout.testsupport.PackageCycles;
import org.junit.jupiter.api.Test;

/** The worker's capabilities (api, assessment, history, review, rules) depend on each other in one direction only. */
class PackageCyclesTest {

    @Test
    void capabilitiesDoNotImportEachOtherInACycle() {
        PackageCycles.assertNoneUnder("dev.checkout.fraud");
    }
}
