package dev.checkout.order;

import dev.checkout.testsupport.AccessMatrix;
import dev.checkout.testsupport.AccessMatrix.Endpoint;
import dev.checkout.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.checkout.order.fixtures.OrderApi.cart;
import static dev.checkout.order.fixtures.OrderApi.placeAs;
import static dev.checkout.order.fixtures.OrderApi.product;
import static dev.checkout.order.fixtures.OrderApi.uniqueSku;
import static dev.checkout.testsupport.AccessMatrix.bearer;
import static dev.checkout.testsupport.AccessMatrix.refused;

/**
 * Who may call what: every endpoint that needs a role against no token, an expired one, the wrong role and the
 * right one. Checkout itself is open to guests, but a token it is sent must be valid and a customer's.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final String PRODUCT = """
            {"name": "Lamp", "priceMinor": 4500, "currency": "EUR", "stock": 7}""";

    @Test
    void everyEndpointWithARoleAdmitsItsRoleAlone() {
        List<Endpoint> endpoints = List.of(
                new Endpoint("PUT", "/products/" + uniqueSku("ACL"), PRODUCT, "cat", 201, "ann"),
                Endpoint.get("/orders", "ann", "cat"),
                Endpoint.get("/admin/dlq", "sam", "ann"),
                Endpoint.get("/admin/dlq/order-status/groups", "sam", "cat"),
                Endpoint.get("/admin/dlq/order-status/messages", "sam", "sue"));
        endpoints.forEach(AccessMatrix::check);
    }

    @Test
    void checkoutTakesAGuestOrAValidCustomerToken() {
        String sku = product("ACL", 1200, "EUR", 10);
        Object body = cart("c-acl", "tok_visa").line(sku, 1).body();

        refused(bearer(Tokens.expired("ann")).contentType("application/json").body(body).post("/orders"), 401,
                "with an expired token");
        refused(placeAs("sam", body), 403, "as sam (sre, not a customer)");
        placeAs("ann", body).then().statusCode(201);
    }
}
