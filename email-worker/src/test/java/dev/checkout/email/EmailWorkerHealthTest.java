package dev.checkout.email;

import dev.checkout.email.support.TestSmtpServer;
import dev.checkout.testsupport.ServiceHealthContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(TestSmtpServer.class)
class EmailWorkerHealthTest extends ServiceHealthContract {
}
