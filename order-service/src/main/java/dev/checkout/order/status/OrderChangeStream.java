package dev.checkout.order.status;

import dev.checkout.order.orders.OrderStatus;
import dev.checkout.order.orders.Orders;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One client's stream of an order's changes: every timeline entry after the client's Last-Event-ID (except webhook
 * deliveries), each with its seq as the event id, then an {@code end} event once the order is settled, and the stream
 * ends. Entries are read from the database whenever {@link ChangeNotifications} says the timeline changed, so a
 * change recorded by any replica reaches every stream, and since entries are numbered in commit order, reading
 * "after the last seq" never skips one.
 */
final class OrderChangeStream {

    private static final Logger LOG = Logger.getLogger(OrderChangeStream.class);
    static final String END = "end";

    /** The data of the {@code end} event. */
    record End(UUID orderId, OrderStatus status) {
    }

    private final UUID orderId;
    private final List<String> followUpNames;
    private final int lastEventId;
    private final Orders orders;
    private final TimelineEntries entries;
    private final Sse sse;
    private final MultiEmitter<? super OutboundSseEvent> emitter;
    // Reads run one at a time on the request's context, where Hibernate Reactive keeps their session.
    private final Context context;
    private final AtomicBoolean reading = new AtomicBoolean();
    private final AtomicBoolean wokenWhileReading = new AtomicBoolean();
    private OrderProgress progress;
    private int lastRead;

    private OrderChangeStream(UUID orderId, List<String> followUpNames, int lastEventId, Orders orders,
                              TimelineEntries entries, Sse sse, MultiEmitter<? super OutboundSseEvent> emitter) {
        this.orderId = orderId;
        this.followUpNames = followUpNames;
        this.lastEventId = lastEventId;
        this.orders = orders;
        this.entries = entries;
        this.sse = sse;
        this.emitter = emitter;
        this.context = Vertx.currentContext();
    }

    static Multi<OutboundSseEvent> open(UUID orderId, List<String> followUpNames, int lastEventId, Orders orders,
                                        TimelineEntries entries, ChangeNotifications notifications, Sse sse) {
        return Multi.createFrom().emitter(emitter -> {
            OrderChangeStream stream = new OrderChangeStream(orderId, followUpNames, lastEventId, orders, entries, sse,
                    emitter);
            // Listening before the first read: whatever commits after that read's snapshot wakes the stream again.
            emitter.onTermination(notifications.listenToTimeline(orderId, stream::wake));
            stream.wake();
        }, BackPressureStrategy.BUFFER);
    }

    /** Reads now, or right after the read in progress, so that nothing committed meanwhile is left unread. */
    private void wake() {
        if (emitter.isCancelled()) {
            return;
        }
        if (!reading.compareAndSet(false, true)) {
            wokenWhileReading.set(true);
            return;
        }
        wokenWhileReading.set(false);
        context.runOnContext(ignored -> Panache.withSession(this::readNewEntries).subscribe().with(
                ended -> {
                    if (ended) {
                        return;
                    }
                    reading.set(false);
                    if (wokenWhileReading.get()) {
                        wake();
                    }
                },
                failure -> {
                    LOG.warnf("Stream of order %s ends: %s", orderId, failure.toString());
                    emitter.fail(failure);
                }));
    }

    /** Emits what is new; true once the order is settled and the stream has ended (or the client has gone). */
    private Uni<Boolean> readNewEntries() {
        Uni<OrderProgress> started = progress != null ? Uni.createFrom().item(progress)
                : orders.findById(orderId).map(order -> new OrderProgress(followUpNames, order.status()));
        return started.chain(current -> entries.after(orderId, lastRead).map(found -> {
            if (emitter.isCancelled()) {
                return true;
            }
            progress = current;
            emit(found);
            if (progress.isSettled()) {
                emitter.emit(sse.newEventBuilder().name(END).mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(End.class, new End(orderId, progress.status())).build());
                emitter.complete();
                return true;
            }
            return false;
        }));
    }

    private void emit(List<TimelineEntry> found) {
        for (TimelineEntry entry : found) {
            progress.add(entry);
            lastRead = entry.seq();
            if (entry.seq() > lastEventId && entry.isStatusChange()) {
                OrderChange change = entry.toChange();
                emitter.emit(sse.newEventBuilder()
                        .id(String.valueOf(change.seq()))
                        .name(change.type())
                        .mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(OrderChange.class, change)
                        .build());
            }
        }
    }
}
