package dev.checkout.fraud;

import dev.checkout.testsupport.ServiceHealthContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FraudWorkerHealthTest extends ServiceHealthContract {
}
