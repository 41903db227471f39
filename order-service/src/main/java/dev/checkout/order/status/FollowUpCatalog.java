package dev.checkout.order.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The follow-ups an order has and the outcome events that move each one, as configured under
 * {@code order-status.follow-ups}: the one place order-service learns which workers there are.
 */
@ApplicationScoped
public class FollowUpCatalog {

    /** What an outcome event type means: whose follow-up it moves, and to which state. */
    record Meaning(String followUp, FollowUpState state) {
    }

    private final List<String> names;
    private final Map<String, Meaning> byEventType;

    @Inject
    FollowUpCatalog(StatusConfig config) {
        this(config.followUps());
    }

    FollowUpCatalog(List<StatusConfig.FollowUpDefinition> definitions) {
        List<String> found = new ArrayList<>();
        Map<String, Meaning> meanings = new LinkedHashMap<>();
        for (StatusConfig.FollowUpDefinition definition : definitions) {
            if (found.contains(definition.name())) {
                throw new IllegalArgumentException("order-status.follow-ups names " + definition.name() + " twice");
            }
            found.add(definition.name());
            definition.done().forEach(type -> add(meanings, type, new Meaning(definition.name(), FollowUpState.DONE)));
            definition.failed().forEach(type -> add(meanings, type,
                    new Meaning(definition.name(), FollowUpState.FAILED)));
            definition.held().orElse(List.of()).forEach(type -> add(meanings, type,
                    new Meaning(definition.name(), FollowUpState.HELD)));
        }
        this.names = List.copyOf(found);
        this.byEventType = Map.copyOf(meanings);
    }

    private static void add(Map<String, Meaning> meanings, String type, Meaning meaning) {
        Meaning earlier = meanings.putIfAbsent(type, meaning);
        if (earlier != null) {
            throw new IllegalArgumentException("order-status.follow-ups gives outcome " + type + " two meanings: "
                    + earlier + " and " + meaning);
        }
    }

    /** Every follow-up's name, in the order the API shows them. */
    public List<String> names() {
        return names;
    }

    /** Every outcome event type a follow-up is moved by: what the order-status queue must be bound to. */
    public List<String> outcomeTypes() {
        return List.copyOf(byEventType.keySet());
    }

    Optional<Meaning> meaningOf(String eventType) {
        return Optional.ofNullable(byEventType.get(eventType));
    }
}
