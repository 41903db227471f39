package dev.checkout.order.status;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of the events {@code GET /orders/{id}/events} sends. A browser's EventSource hands over named events only
 * to a listener for that name, so the order page is told them all.
 */
@ApplicationScoped
public class StreamedEventTypes {

    private final List<String> names;

    StreamedEventTypes(FollowUpCatalog catalog) {
        List<String> all = new ArrayList<>(List.of(TimelineEntry.ORDER_RECEIVED, TimelineEntry.ORDER_CONFIRMED,
                TimelineEntry.ORDER_PAYMENT_DECLINED, TimelineEntry.ORDER_CANCELLED, TimelineEntry.ORDER_ON_HOLD,
                TimelineEntry.ORDER_HOLD_RELEASED));
        all.addAll(catalog.outcomeTypes());
        all.add(OrderChangeStream.END);
        this.names = List.copyOf(all);
    }

    public List<String> names() {
        return names;
    }
}
