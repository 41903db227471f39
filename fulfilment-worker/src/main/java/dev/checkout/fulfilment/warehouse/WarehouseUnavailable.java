package dev.checkout.fulfilment.warehouse;

/** The warehouse answered 5xx, 408 or 429: it may answer the same request on a later attempt. */
public class WarehouseUnavailable extends RuntimeException {

    WarehouseUnavailable(String message) {
        super(message);
    }
}
