package dev.checkout.messaging;

import dev.checkout.testsupport.PackageCycles;
import org.junit.jupiter.api.Test;

/** The library's capabilities (consumer, dlq, outbox, ...) depend on each other in one direction only. */
class PackageCyclesTest {

    @Test
    void capabilitiesDoNotImportEachOtherInACycle() {
        PackageCycles.assertNoneUnder("dev.checkout.messaging");
    }
}
