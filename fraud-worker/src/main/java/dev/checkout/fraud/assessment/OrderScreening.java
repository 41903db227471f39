package dev.checkout.fraud.assessment;

import dev.checkout.fraud.history.OrderHistory;
import dev.checkout.fraud.rules.History;
import dev.checkout.fraud.rules.OrderFacts;
import dev.checkout.messaging.consumer.EventHandler;
import dev.checkout.messaging.consumer.IncomingEvent;
import dev.checkout.messaging.consumer.ParkedEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Consumer {@code fraud} (queue {@code checkout.fraud}): assesses every placed order. The library calls it once per
 * message id inside a transaction, in which the order joins the history, the assessment is stored and its
 * {@code fraud.assessed} outcome is recorded, all or nothing. A message the library parks becomes a
 * {@code fraud.failed} outcome.
 */
@ApplicationScoped
public class OrderScreening implements EventHandler {

    private static final Logger LOG = Logger.getLogger(OrderScreening.class);

    // The contract's uuid format; an order id only Java's lenient UUID parser accepts could not be correlated.
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final OrderHistory history;
    private final FraudAssessor assessor;
    private final Assessments assessments;
    private final AssessmentOutcomes outcomes;

    OrderScreening(OrderHistory history, FraudAssessor assessor, Assessments assessments,
                   AssessmentOutcomes outcomes) {
        this.history = history;
        this.assessor = assessor;
        this.assessments = assessments;
        this.outcomes = outcomes;
    }

    @Override
    public String consumer() {
        return "fraud";
    }


    @Override
    public Uni<Void> handle(IncomingEvent event) {
        OrderFacts order = event.mapTo(OrderPlaced.class).toFacts();
        return history.remember(order).chain(seen -> seen.isPresent() ? assess(order, seen.get())
                : alreadyAssessed(order, event));
    }

    private Uni<Void> assess(OrderFacts order, History seen) {
        Verdict verdict = assessor.assess(order, seen);
        FraudAssessment assessment = FraudAssessment.of(order, verdict, Instant.now().truncatedTo(ChronoUnit.MICROS));
        return assessments.persist(assessment).chain(() -> outcomes.assessed(assessment));
    }

    // Another event for an order already assessed (e.g. published twice under new ids): its outcome stands.
    private Uni<Void> alreadyAssessed(OrderFacts order, IncomingEvent event) {
        LOG.infof("Order %s was already assessed; event %s changes nothing", order.orderId(), event.messageId());
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> parked(ParkedEvent parked) {
        Optional<String> orderId = orderIdOf(parked);
        if (orderId.isEmpty()) {
            LOG.warnf("Parked message %s names no order; no fraud.failed outcome can be recorded", parked.messageId());
            return Uni.createFrom().voidItem();
        }
        String message = parked.message() == null ? parked.reasonCode() : parked.message();
        return outcomes.failed(orderId.get(), parked.reasonCode(), message, Math.max(1, parked.attempts()));
    }

    private static Optional<String> orderIdOf(ParkedEvent parked) {
        if (parked.hasDocument() && parked.document().getValue("order") instanceof JsonObject order
                && order.getValue("orderId") instanceof String orderId && UUID_TEXT.matcher(orderId).matches()) {
            return Optional.of(orderId);
        }
        return Optional.empty();
    }
}
