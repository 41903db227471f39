package dev.checkout.order;

import dev.checkout.testsupport.UnreachableDependencies;
import dev.checkout.testsupport.UnreachableDependenciesContract;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(UnreachableDependencies.class)
class OrderServiceUnreachableDependenciesTest extends UnreachableDependenciesContract {

    /** Checkouts go on through the outbox while the broker is away: readiness is the database alone. */
    @Override
    protected boolean brokerGatesReadiness() {
        return false;
    }
}
