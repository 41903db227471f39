package dev.checkout.order.payment.simulator;

import dev.checkout.problem.ProblemException;
import dev.checkout.order.payment.ProviderApi;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The simulator's charges, by idempotency key. In memory and bounded: a simulator forgets old charges on restart or
 * when full, which a real provider would not.
 */
final class ChargeLedger {

    private static final int CAPACITY = 100_000;

    private final Map<String, Entry> byKey = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    /** A charge and whether it is the answer to an earlier request with the same key. */
    record Recorded(ProviderApi.Charge charge, boolean replayed) {
    }

    /** A key came back with another amount, currency or token. */
    static final class KeyReused extends ProblemException {
        KeyReused() {
            super(422, "idempotency_key_reused", "Idempotency key reused",
                    "This Idempotency-Key was used for another charge.");
        }
    }

    private record Entry(ProviderApi.ChargeRequest request, ProviderApi.Charge charge) {
    }

    synchronized Recorded charge(String idempotencyKey, ProviderApi.ChargeRequest request) {
        Entry earlier = idempotencyKey == null ? null : byKey.get(idempotencyKey);
        if (earlier != null) {
            if (!sameCharge(earlier.request(), request)) {
                throw new KeyReused();
            }
            return new Recorded(earlier.charge(), true);
        }
        ProviderApi.Charge charge = newCharge(request);
        if (idempotencyKey != null) {
            byKey.put(idempotencyKey, new Entry(request, charge));
        }
        return new Recorded(charge, false);
    }

    synchronized Optional<ProviderApi.Charge> find(String idempotencyKey) {
        return Optional.ofNullable(byKey.get(idempotencyKey)).map(Entry::charge);
    }

    private static ProviderApi.Charge newCharge(ProviderApi.ChargeRequest request) {
        TestCard card = TestCard.forToken(request.token());
        String id = "ch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        return new ProviderApi.Charge(id,
                card.declineCode().isPresent() ? ProviderApi.STATUS_FAILED : ProviderApi.STATUS_SUCCEEDED,
                request.amountMinor(), request.currency(), card.card(), card.declineCode().orElse(null),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    private static boolean sameCharge(ProviderApi.ChargeRequest a, ProviderApi.ChargeRequest b) {
        return a.amountMinor().equals(b.amountMinor()) && a.currency().equals(b.currency())
                && a.token().equals(b.token());
    }
}
