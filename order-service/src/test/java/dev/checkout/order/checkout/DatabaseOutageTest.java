package dev.checkout.order.checkout;

import dev.checkout.testsupport.CuttableProxy;
import dev.checkout.testsupport.ProxiedDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static dev.checkout.order.fixtures.OrderApi.cart;
import static dev.checkout.order.fixtures.OrderApi.place;
import static dev.checkout.order.fixtures.OrderApi.product;
import static dev.checkout.testsupport.HostileInput.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that goes away is an outage, not a bug: the service answers 503 with Retry-After (never 500) while it is
 * gone, and serves again once it is back. The database is taken away for real, from this service only: its pool
 * reaches the shared PostgreSQL through a proxy that the test cuts, and PostgreSQL itself terminates the service's
 * sessions (57P01, as in a restart) while orders flow.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ThroughProxy.class)
class DatabaseOutageTest {

    public static class ThroughProxy implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProxiedDatabase.class, Map.of("database", "orders_test")));
        }
    }

    CuttableProxy database;

    @Test
    void whileTheDatabaseIsUnreachableEveryAnswerIs503WithRetryAfter() {
        String sku = product("OUTAGE", 500, "EUR", 20);
        assertThat(place(cart("c-outage", "tok_visa").line(sku, 1).body()).statusCode()).isEqualTo(201);

        database.cut();
        for (int i = 0; i < 5; i++) {
            Response order = place(cart("c-outage", "tok_visa").line(sku, 1).body());
            assertThat(problem(order, 503, "order while cut").getString("code")).isEqualTo("dependency_unavailable");
            assertThat(order.header("Retry-After")).isEqualTo("5");
            problem(RestAssured.get("/products/" + sku), 503, "product while cut");
            problem(RestAssured.get("/products"), 503, "catalog while cut");
        }

        database.restore();
        assertThat(place(cart("c-outage", "tok_visa").line(sku, 1).body()).statusCode()).isEqualTo(201);
        assertThat(RestAssured.get("/products/" + sku).then().statusCode(200).extract().<Integer>path("stock"))
                .as("only the two orders placed while the database was there took stock").isEqualTo(18);
    }

    @Test
    void sessionsTerminatedWhileOrdersFlowGive503sButNo500() throws Exception {
        String sku = product("RESTART", 500, "EUR", 1000);
        ExecutorService shoppers = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                answers.add(CompletableFuture.supplyAsync(
                        () -> place(cart("c-restart", "tok_visa").line(sku, 1).body()).statusCode(), shoppers));
                if (i % 10 == 5) {
                    terminateSessionsOfThisService();
                }
            }
            List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();
            assertThat(statuses).as("answers while sessions were terminated").allMatch(s -> s == 201 || s == 503);
        } finally {
            shoppers.shutdownNow();
        }
        assertThat(place(cart("c-restart", "tok_visa").line(sku, 1).body()).statusCode()).isEqualTo(201);
    }

    /** What a PostgreSQL restart does to the service's sessions: FATAL 57P01, then the socket closes. */
    private void terminateSessionsOfThisService() throws SQLException {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             PreparedStatement terminate = admin.prepareStatement(
                     "select pg_terminate_backend(pid) from pg_stat_activity where client_port = any(?)")) {
            terminate.setArray(1, admin.createArrayOf("int4", database.serverSidePorts().toArray()));
            terminate.execute();
        }
    }
}
