package dev.checkout.fulfilment;

import dev.checkout.testsupport.ServiceHealthContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FulfilmentWorkerHealthTest extends ServiceHealthContract {
}
