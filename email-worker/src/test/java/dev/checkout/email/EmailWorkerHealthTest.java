package dev.checkout.email;

import dev.checkout.testsupport.ServiceHealthContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EmailWorkerHealthTest extends ServiceHealthContract {
}
