package dev.checkout.order.checkout;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The admission of checkouts, with checkouts the test ends by hand: two run at once, two more may wait for half a
 * second, first come first served; the rest are refused at once.
 */
class InFlightCheckoutsTest {

    private static final int MAX = 2;
    private static final int QUEUE = 2;
    private static final Duration MAX_WAIT = Duration.ofMillis(500);

    private final Vertx vertx = Vertx.vertx();
    private final InFlightCheckouts inFlight = new InFlightCheckouts(limits(), vertx, new SimpleMeterRegistry());
    /** The checkouts started so far, each ended by completing its emitter. */
    private final List<UniEmitter<? super String>> started = new CopyOnWriteArrayList<>();
    private final List<String> startOrder = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeVertx() {
        vertx.close();
    }

    @Test
    void checkoutsBeyondTheLimitWaitTheirTurnInArrivalOrder() {
        List<UniAssertSubscriber<String>> answers = new ArrayList<>();
        for (int i = 0; i < MAX + QUEUE; i++) {
            answers.add(submit("order-" + i));
        }
        assertThat(startOrder).containsExactly("order-0", "order-1");
        assertThat(inFlight.full()).isTrue();

        started.get(1).complete("done-1");
        await().until(() -> startOrder.size() == 3);
        started.get(0).complete("done-0");
        await().until(() -> startOrder.size() == 4);

        assertThat(startOrder).containsExactly("order-0", "order-1", "order-2", "order-3");
        started.get(2).complete("done-2");
        started.get(3).complete("done-3");
        for (int i = 0; i < answers.size(); i++) {
            answers.get(i).awaitItem().assertItem("done-" + i);
        }
        assertThat(inFlight.full()).isFalse();
    }

    @Test
    void aFullQueueRefusesAtOnceWithoutStartingAnything() {
        for (int i = 0; i < MAX + QUEUE; i++) {
            submit("order-" + i);
        }

        submit("one too many").awaitFailure(Duration.ofMillis(100)).assertFailedWith(Overloaded.class);
        assertThat(startOrder).doesNotContain("one too many");
    }

    @Test
    void aCheckoutThatWaitsLongerThanMaxWaitIsRefusedAndNeverStarts() {
        submit("order-0");
        submit("order-1");
        long before = System.nanoTime();

        submit("waits too long").awaitFailure(Duration.ofSeconds(5)).assertFailedWith(Overloaded.class);

        assertThat(Duration.ofNanos(System.nanoTime() - before)).isGreaterThanOrEqualTo(MAX_WAIT);
        assertThat(inFlight.full()).isFalse();
        started.get(0).complete("done");
        UniAssertSubscriber<String> next = submit("next");
        assertThat(startOrder).containsExactly("order-0", "order-1", "next");
        started.get(2).complete("done-next");
        next.awaitItem().assertItem("done-next");
    }

    @Test
    void aClientThatLeavesWhileWaitingGivesUpItsPlace() {
        submit("order-0");
        submit("order-1");
        UniAssertSubscriber<String> impatient = submit("impatient");
        UniAssertSubscriber<String> patient = submit("patient");

        impatient.cancel();
        started.get(0).complete("done-0");

        await().until(() -> startOrder.size() == 3);
        assertThat(startOrder).containsExactly("order-0", "order-1", "patient");
    }

    @Test
    void aClientThatLeavesAfterItsCheckoutStartedDoesNotCutItOff() {
        UniAssertSubscriber<String> leaving = submit("order-0");
        leaving.cancel();

        assertThat(startOrder).containsExactly("order-0");
        submit("order-1");
        submit("waiting");
        started.get(0).complete("done-0");

        // Its place is given back only when it ends.
        await().until(() -> startOrder.size() == 3);
        assertThat(startOrder).containsExactly("order-0", "order-1", "waiting");
    }

    private UniAssertSubscriber<String> submit(String order) {
        return inFlight.run(() -> Uni.createFrom().<String>emitter(emitter -> {
            startOrder.add(order);
            started.add(emitter);
        })).subscribe().withSubscriber(UniAssertSubscriber.create());
    }

    private static CheckoutConfig limits() {
        CheckoutConfig.InFlight inFlight = answering(CheckoutConfig.InFlight.class, Map.of("max", MAX,
                "queue", QUEUE, "maxWait", MAX_WAIT, "retryAfter", Duration.ofSeconds(1)));
        return answering(CheckoutConfig.class, Map.of("inFlight", inFlight));
    }

    /** A proxy, not a class: Quarkus would find a class implementing the mapping and validate its methods. */
    private static <T> T answering(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type},
                (proxy, method, args) -> answers.get(method.getName())));
    }
}
