package dev.checkout.fulfilment;

import dev.checkout.testsupport.UnreachableDependencies;
import dev.checkout.testsupport.UnreachableDependenciesContract;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(UnreachableDependencies.class)
class FulfilmentWorkerUnreachableDependenciesTest extends UnreachableDependenciesContract {
}
