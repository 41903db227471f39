package dev.checkout.order.checkout;

import dev.checkout.order.catalog.Product;
import dev.checkout.order.orders.OrderLine;
import dev.checkout.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class PricedCartTest {

    private static final Map<String, Product> CATALOG = Map.of(
            "MUG", new Product("MUG", "Mug", 1200, "EUR", 10),
            "TEE", new Product("TEE", "T-shirt", 2100, "EUR", 10),
            "CAP", new Product("CAP", "Cap", 1500, "USD", 10));

    private static PlaceOrderRequest.Line line(String sku, int quantity) {
        return new PlaceOrderRequest.Line(sku, quantity);
    }

    @Test
    void pricesEveryLineFromTheCatalog() {
        PricedCart cart = PricedCart.price(List.of(line("MUG", 2), line("TEE", 1), line("MUG", 1)), CATALOG);

        assertThat(cart.currency()).isEqualTo("EUR");
        assertThat(cart.totalMinor()).isEqualTo(3 * 1200 + 2100);
        assertThat(cart.lines()).extracting(OrderLine::name, OrderLine::unitPriceMinor, OrderLine::lineTotalMinor)
                .containsExactly(
                        tuple("Mug", 1200L, 2400L),
                        tuple("T-shirt", 2100L, 2100L),
                        tuple("Mug", 1200L, 1200L));
        assertThat(cart.quantities()).containsExactlyInAnyOrderEntriesOf(Map.of("MUG", 3, "TEE", 1));
    }

    @Test
    void namesEveryUnknownSku() {
        assertThatThrownBy(() -> PricedCart.price(List.of(line("MUG", 1), line("NOPE", 1), line("GONE", 1)), CATALOG))
                .isInstanceOfSatisfying(UnknownProducts.class, failure -> {
                    assertThat(failure.status()).isEqualTo(422);
                    assertThat(failure.extensions()).containsEntry("skus", List.of("NOPE", "GONE"));
                });
    }

    @Test
    void anOrderIsPaidInOneCurrency() {
        assertThatThrownBy(() -> PricedCart.price(List.of(line("MUG", 1), line("CAP", 1)), CATALOG))
                .isInstanceOf(MixedCurrencies.class)
                .extracting(failure -> ((ProblemException) failure).code()).isEqualTo("mixed_currencies");
    }
}
