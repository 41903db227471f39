package dev.checkout.order;

import dev.checkout.testsupport.ServiceHealthContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OrderServiceHealthTest extends ServiceHealthContract {

    /** Checkouts go on through the outbox while the broker is away: readiness is the database alone. */
    @Override
    protected boolean brokerGatesReadiness() {
        return false;
    }
}
