package dev.checkout.order.checkout;

import dev.checkout.messaging.outbox.OutboxBacklog;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BacklogLimitTest {

    private static boolean exceeded(long pending, Duration oldestAge) {
        return BacklogLimit.exceeded(new OutboxBacklog(pending, oldestAge), 100, Duration.ofMinutes(5));
    }

    @Test
    void eitherLimitRefusesNewOrders() {
        assertThat(BacklogLimit.exceeded(OutboxBacklog.EMPTY, 100, Duration.ofMinutes(5))).isFalse();
        assertThat(exceeded(100, Duration.ofMinutes(5))).isFalse();
        assertThat(exceeded(101, Duration.ofSeconds(1))).isTrue();
        assertThat(exceeded(1, Duration.ofMinutes(6))).isTrue();
    }
}
