package dev.checkout.email;

import dev.checkout.email.support.TestSmtpServer;
import dev.checkout.testsupport.AccessMatrix;
import dev.checkout.testsupport.AccessMatrix.Endpoint;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

/** Who may call what: every endpoint against no token, an expired one, the wrong role and the right one. */
@QuarkusTest
@WithTestResource(TestSmtpServer.class)
class AccessMatrixTest {

    @Test
    void everyEndpointAdmitsItsRoleAlone() {
        List<Endpoint> endpoints = List.of(
                // Support gets past the door to the record (a sent one answers 200: OrderConfirmationTest).
                new Endpoint("GET", "/emails?orderId=" + UUID.randomUUID(), null, "sue", 404, "ada"),
                Endpoint.get("/admin/dlq", "sam", "sue"),
                Endpoint.get("/admin/dlq/email/groups", "sam", "ann"),
                Endpoint.get("/admin/dlq/email/messages", "sam", "fred"));
        endpoints.forEach(AccessMatrix::check);
    }
}
