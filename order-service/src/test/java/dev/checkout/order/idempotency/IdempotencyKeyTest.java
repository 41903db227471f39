package dev.checkout.order.idempotency;

import dev.checkout.order.checkout.PlaceOrderRequest;
import dev.checkout.order.orders.Customer;
import dev.checkout.order.orders.ShippingAddress;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotencyKeyTest {

    @Test
    void acceptsPrintableKeysUpTo255Characters() {
        assertThat(IdempotencyKey.parse(null)).isEmpty();
        assertThat(IdempotencyKey.parse("5b0e6f1e-4c1d-4a53-9d1e-0c6a3c1f2a77")).isPresent();
        assertThat(IdempotencyKey.parse("order 42/retry")).isPresent();
        assertThat(IdempotencyKey.parse("k".repeat(255))).isPresent();
    }

    @Test
    void refusesEmptyLongOrUnprintableKeys() {
        for (String bad : List.of("", " ", " padded", "k".repeat(256), "tab\tin", "ünïcode")) {
            assertThatThrownBy(() -> IdempotencyKey.parse(bad)).as(bad).isInstanceOf(InvalidIdempotencyKey.class);
        }
    }

    @Test
    void theFingerprintIsTheRequestNotItsLayout() {
        PlaceOrderRequest request = request(2);
        assertThat(RequestFingerprint.of(request)).isEqualTo(RequestFingerprint.of(request(2)))
                .hasSize(64)
                .isNotEqualTo(RequestFingerprint.of(request(3)));
    }

    private static PlaceOrderRequest request(int quantity) {
        return new PlaceOrderRequest(new Customer("c-1", "ada@example.com", "Ada"),
                List.of(new PlaceOrderRequest.Line("MUG-001", quantity)),
                new ShippingAddress("1 Main St", null, "Berlin", "10115", "DE"),
                new PlaceOrderRequest.Payment("tok_visa"), null);
    }
}
