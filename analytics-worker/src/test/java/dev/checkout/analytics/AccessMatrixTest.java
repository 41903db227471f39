package dev.checkout.analytics;

import dev.checkout.testsupport.AccessMatrix;
import dev.checkout.testsupport.AccessMatrix.Endpoint;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

/** Who may call what: every endpoint against no token, an expired one, the wrong role and the right one. */
@QuarkusTest
class AccessMatrixTest {

    private static final String RANGE = "?from=2025-03-14T00:00:00Z&to=2025-03-15T00:00:00Z";

    @Test
    void everyEndpointAdmitsItsRoleAlone() {
        List<Endpoint> endpoints = List.of(
                Endpoint.get("/analytics/summary" + RANGE, "ada", "sue"),
                Endpoint.get("/analytics/top-products" + RANGE, "ada", "ann"),
                Endpoint.get("/analytics/countries" + RANGE, "ada", "sam"),
                Endpoint.get("/admin/dlq", "sam", "ada"),
                Endpoint.get("/admin/dlq/analytics/groups", "sam", "cat"),
                Endpoint.get("/admin/dlq/analytics/messages", "sam", "fred"));
        endpoints.forEach(AccessMatrix::check);
    }
}
