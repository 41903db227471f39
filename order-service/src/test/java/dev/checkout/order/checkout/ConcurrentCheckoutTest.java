package dev.checkout.order.checkout;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.RepeatedTest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static dev.checkout.order.fixtures.OrderApi.cart;
import static dev.checkout.order.fixtures.OrderApi.place;
import static dev.checkout.order.fixtures.OrderApi.product;
import static dev.checkout.order.fixtures.OrderApi.stockOf;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ConcurrentCheckoutTest {

    private static final int UNITS = 5;
    private static final int SHOPPERS = 30;

    // Repeated: the races it guards against (the last unit, a session shared between requests) are intermittent.
    @RepeatedTest(3)
    void theLastUnitsAreSoldExactlyOnce() throws Exception {
        String sku = product("LAST", 990, "EUR", UNITS);
        List<Callable<Integer>> shoppers = IntStream.range(0, SHOPPERS)
                .mapToObj(i -> (Callable<Integer>) () -> place(cart("c-" + UUID.randomUUID(), "tok_visa")
                        .line(sku, 1).body()).statusCode())
                .toList();

        ExecutorService pool = Executors.newFixedThreadPool(SHOPPERS);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> status : pool.invokeAll(shoppers)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(UNITS);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(SHOPPERS - UNITS);
        assertThat(stockOf(sku)).isZero();
    }
}
