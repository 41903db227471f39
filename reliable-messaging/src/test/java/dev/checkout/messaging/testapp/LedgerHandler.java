package dev.checkout.messaging.testapp;

import dev.checkout.messaging.consumer.DownstreamUnavailable;
import dev.checkout.messaging.consumer.EventHandler;
import dev.checkout.messaging.consumer.IncomingEvent;
import dev.checkout.messaging.consumer.ParkedEvent;
import dev.checkout.messaging.consumer.PermanentFailure;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The test application's consumer: writes a ledger entry per order. The order's customer id scripts how it
 * behaves, so each test can provoke one kind of failure with an otherwise valid event.
 */
@ApplicationScoped
public class LedgerHandler implements EventHandler {

    public static final String CONSUMER = "ledger";

    /** While set, customers named "downstream" hit a dependency that is down. */
    private final AtomicBoolean downstreamDown = new AtomicBoolean();

    /** Customers named "gated" wait in the handler (in its transaction) until the gate opens. */
    private final AtomicReference<CompletableFuture<Void>> gate =
            new AtomicReference<>(CompletableFuture.completedFuture(null));
    private final AtomicInteger waitingAtGate = new AtomicInteger();

    /** While set, customers named "fixable" fail permanently, as with a misconfigured dependency. */
    private final AtomicBoolean misconfigured = new AtomicBoolean();

    public void misconfigured(boolean broken) {
        misconfigured.set(broken);
    }

    public void closeGate() {
        waitingAtGate.set(0);
        gate.set(new CompletableFuture<>());
    }

    public void openGate() {
        gate.get().complete(null);
    }

    /** How many "gated" messages have reached the handler since the gate was closed. */
    public int waitingAtGate() {
        return waitingAtGate.get();
    }

    /** A method, not a field: tests reach this bean through its client proxy. */
    public void downstreamDown(boolean down) {
        downstreamDown.set(down);
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public Uni<Void> handle(IncomingEvent event) {
        String script = event.document().getJsonObject("order").getJsonObject("customer").getString("id");
        if (script.equals("permanent")) {
            return Uni.createFrom().failure(new PermanentFailure("rule_never_passes", "this order can never pass"));
        }
        if (script.equals("always-failing")) {
            return Uni.createFrom().failure(new IllegalStateException("database hiccup that never ends"));
        }
        if (script.startsWith("transient-") && event.attempt() <= Integer.parseInt(script.substring(10))) {
            return Uni.createFrom().failure(new IllegalStateException("transient failure on attempt " + event.attempt()));
        }
        if (script.equals("fixable") && misconfigured.get()) {
            return Uni.createFrom().failure(new PermanentFailure("ledger_misconfigured",
                    "ledger account for order " + event.document().getJsonObject("order").getString("orderId") + " missing"));
        }
        if (script.equals("downstream") && downstreamDown.get()) {
            return Uni.createFrom().failure(new DownstreamUnavailable("ledger downstream is down", null));
        }
        Uni<Void> passed = Uni.createFrom().voidItem();
        if (script.equals("gated")) {
            waitingAtGate.incrementAndGet();
            // The gate opens on the test's thread: come back to the message's context before touching the session.
            Context context = Vertx.currentContext();
            passed = Uni.createFrom().completionStage(gate.get())
                    .emitOn(task -> context.runOnContext(ignored -> task.run()));
        }
        UUID orderId = UUID.fromString(event.document().getJsonObject("order").getString("orderId"));
        return passed.chain(() -> Panache.getSession().chain(session -> session
                        .createNativeQuery("insert into ledger_entry (order_id, message_id, attempt) values (?1, ?2, ?3)")
                        .setParameter(1, orderId)
                        .setParameter(2, event.messageId())
                        .setParameter(3, event.attempt())
                        .executeUpdate()))
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> parked(ParkedEvent parked) {
        String orderId = parked.hasDocument() && parked.document().getValue("order") instanceof JsonObject order
                ? order.getString("orderId") : null;
        return Panache.getSession().chain(session -> session
                        .createNativeQuery("""
                                insert into ledger_failure (message_id, order_id, reason, attempts)
                                values (?1, cast(?2 as uuid), ?3, ?4)""")
                        .setParameter(1, parked.messageId())
                        .setParameter(2, orderId)
                        .setParameter(3, parked.reasonCode())
                        .setParameter(4, parked.attempts())
                        .executeUpdate())
                .replaceWithVoid();
    }
}
