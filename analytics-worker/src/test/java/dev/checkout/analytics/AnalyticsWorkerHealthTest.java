package dev.checkout.analytics;

import dev.checkout.testsupport.ServiceHealthContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AnalyticsWorkerHealthTest extends ServiceHealthContract {
}
