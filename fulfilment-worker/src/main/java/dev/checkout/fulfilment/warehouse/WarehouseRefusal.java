package dev.checkout.fulfilment.warehouse;

import dev.checkout.messaging.consumer.PermanentFailure;

/**
 * The warehouse refused the shipment for good (an address it cannot deliver to): no retry can help, so the message
 * is parked at once with the warehouse's code, prefixed {@code warehouse_} (e.g. {@code warehouse_address_refused}).
 */
public class WarehouseRefusal extends PermanentFailure {

    WarehouseRefusal(String code, String message) {
        super("warehouse_" + code, message);
    }
}
