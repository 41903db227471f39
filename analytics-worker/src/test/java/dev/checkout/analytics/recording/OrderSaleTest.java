package dev.checkout.analytics.recording;

import dev.checkout.messaging.consumer.PermanentFailure;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderSaleTest {

    private static OrderPlaced placed(String occurredAt, List<OrderPlaced.Line> lines) {
        return new OrderPlaced(occurredAt, new OrderPlaced.Order(UUID.randomUUID(), "EUR", 9999, lines,
                new OrderPlaced.ShippingAddress("DE")));
    }

    private static final List<OrderPlaced.Line> ONE_LINE = List.of(new OrderPlaced.Line("MUG", 1, 100));

    @Test
    void bucketsByTheUtcHourAndDayOfTheEventTimeWhateverTheOffset() {
        OrderSale lateEvening = OrderSale.of(placed("2025-03-15T00:30:00+01:00", ONE_LINE));

        assertThat(lateEvening.hour()).isEqualTo(Instant.parse("2025-03-14T23:00:00Z"));
        assertThat(lateEvening.day()).isEqualTo(LocalDate.parse("2025-03-14"));
    }

    @Test
    void readsEveryFormOfRfc3339TheContractAccepts() {
        for (String form : List.of("2025-03-14T09:26:53.589Z", "2025-03-14t09:26:53z", "2025-03-14 09:26:53Z",
                "2025-03-14T10:26:53+01:00")) {
            assertThat(OrderSale.of(placed(form, ONE_LINE)).hour()).as(form).isEqualTo(Instant.parse("2025-03-14T09:00:00Z"));
        }
    }

    @Test
    void anOrderOnTheFirstInstantOfADayBelongsToThatDay() {
        OrderSale midnight = OrderSale.of(placed("2025-03-15T00:00:00Z", ONE_LINE));
        OrderSale justBefore = OrderSale.of(placed("2025-03-14T23:59:59.999999Z", ONE_LINE));

        assertThat(midnight.hour()).isEqualTo(Instant.parse("2025-03-15T00:00:00Z"));
        assertThat(midnight.day()).isEqualTo(LocalDate.parse("2025-03-15"));
        assertThat(justBefore.hour()).isEqualTo(Instant.parse("2025-03-14T23:00:00Z"));
        assertThat(justBefore.day()).isEqualTo(LocalDate.parse("2025-03-14"));
    }

    @Test
    void mergesLinesOfTheSameSkuAndSortsThemBySku() {
        OrderSale sale = OrderSale.of(placed("2025-03-14T09:00:00Z", List.of(
                new OrderPlaced.Line("TEA", 1, 500),
                new OrderPlaced.Line("MUG", 2, 2400),
                new OrderPlaced.Line("TEA", 3, 1500))));

        assertThat(sale.products()).containsExactly(new ProductSale("MUG", 2, 2400), new ProductSale("TEA", 4, 2000));
        assertThat(sale.units()).isEqualTo(6);
        assertThat(sale.revenueMinor()).isEqualTo(9999);
        assertThat(sale.currency()).isEqualTo("EUR");
        assertThat(sale.country()).isEqualTo("DE");
    }

    @Test
    void anEventTimeJavaCannotReadIsPermanent() {
        assertThatThrownBy(() -> OrderSale.of(placed("2025-06-30T23:59:60Z", ONE_LINE)))
                .isInstanceOf(PermanentFailure.class)
                .extracting(failure -> ((PermanentFailure) failure).reasonCode()).isEqualTo("unreadable_occurred_at");
    }
}
