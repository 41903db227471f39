package dev.checkout.fulfilment.shipment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.UUID;

/**
 * What this worker reads of a {@code fraud.assessed} event (schema version 1): the decision and whether it is a
 * reviewer's. The score, the rules and the reviewer's note are read past.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record FraudAssessed(UUID orderId, String occurredAt, Assessment assessment) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Assessment(String decision, @JsonProperty("final") boolean isFinal) {
    }
}
