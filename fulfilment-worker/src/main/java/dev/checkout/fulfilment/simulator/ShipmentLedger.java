package dev.checkout.fulfilment.simulator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the simulated warehouse was asked, per idempotency key: every request counted, at most one shipment each.
 * In memory: it lives as long as the worker, which is what a local run or a test needs.
 */
final class ShipmentLedger {

    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, String> references = new ConcurrentHashMap<>();

    /** Counts one more request of this key; returns how many there were, this one included. */
    int count(String key) {
        return requests.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    /** The key's shipment reference, created by its first accepted request, and whether this request created it. */
    Accepted accept(String key) {
        boolean[] created = {false};
        String reference = references.computeIfAbsent(key, k -> {
            created[0] = true;
            return "WH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        });
        return new Accepted(reference, created[0]);
    }

    Tally tally(String key) {
        AtomicInteger counted = requests.get(key);
        String reference = references.get(key);
        return new Tally(key, counted == null ? 0 : counted.get(), reference == null ? 0 : 1, reference);
    }

    record Accepted(String reference, boolean created) {
    }

    /** What one key cost the warehouse: requests received, shipments created (0 or 1) and the reference. */
    record Tally(String idempotencyKey, int requests, int shipments,
                 @Schema(description = "The shipment's reference; null while no shipment was created.", nullable = true)
                 String reference) {
    }
}
