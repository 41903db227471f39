package dev.checkout.order;

import dev.checkout.testsupport.ServiceHealthContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OrderServiceHealthTest extends ServiceHealthContract {
}
