package dev.checkout.email.confirmation;

import dev.checkout.email.delivery.EmailDeliveries;
import dev.checkout.email.delivery.EmailDelivery;
import dev.checkout.email.order.OrderPlaced;
import dev.checkout.email.receipt.Receipts;
import dev.checkout.email.smtp.SmtpSender;
import dev.checkout.messaging.consumer.EventHandler;
import dev.checkout.messaging.consumer.IncomingEvent;
import dev.checkout.messaging.consumer.ParkedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.UUID;

/**
 * Consumer {@code email}: one confirmation email per placed order, with the order's PDF receipt. The library runs {@link #handle} once per
 * message id, inside the transaction that records the message as processed; the order's delivery record makes it
 * once per order too, whatever the message id. A parked message becomes a FAILED record and {@code email.failed}.
 */
@ApplicationScoped
public class OrderConfirmationHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(OrderConfirmationHandler.class);

    private final ConfirmationEmail email;
    private final SmtpSender smtp;
    private final EmailDeliveries deliveries;
    private final Receipts receipts;

    OrderConfirmationHandler(ConfirmationEmail email, SmtpSender smtp, EmailDeliveries deliveries, Receipts receipts) {
        this.email = email;
        this.smtp = smtp;
        this.deliveries = deliveries;
        this.receipts = receipts;
    }

    @Override
    public String consumer() {
        return "email";
    }


    @Override
    public Uni<Void> handle(IncomingEvent event) {
        OrderPlaced placed = event.mapTo(OrderPlaced.class);
        UUID orderId = placed.order().orderId();
        return deliveries.lock(orderId).chain(existing -> {
            if (existing.filter(EmailDelivery::isSent).isPresent()) {
                LOG.infof("Order %s: confirmation already sent (message %s); skipped", orderId, event.messageId());
                return Uni.createFrom().voidItem();
            }
            return send(placed, existing, event.attempt());
        });
    }

    /** The receipt is stored in this transaction too: it commits with the delivery record, or neither does. */
    private Uni<Void> send(OrderPlaced placed, Optional<EmailDelivery> existing, int attempt) {
        OrderPlaced.Order order = placed.order();
        return deliveries.prepareSent(existing, order.orderId(), order.customer().email(),
                        email.messageId(order.orderId()), attempt)
                .chain(delivery -> receipts.storeOnce(placed)
                        .chain(receipt -> smtp.send(email.compose(placed, receipt.pdf())))
                        .chain(() -> deliveries.confirmSent(delivery))
                        .invoke(() -> LOG.infof("Order %s: confirmation sent to the SMTP server as %s", order.orderId(),
                                delivery.messageId())));
    }

    @Override
    public Uni<Void> parked(ParkedEvent parked) {
        Optional<ParkedOrder> about = ParkedOrder.of(parked);
        if (about.isEmpty()) {
            LOG.warnf("Parked message %s names no order; no email.failed to report", parked.messageId());
            return Uni.createFrom().voidItem();
        }
        ParkedOrder order = about.get();
        return deliveries.lock(order.orderId()).chain(existing -> deliveries.recordFailed(existing, order.orderId(),
                order.recipient(), email.messageId(order.orderId()), parked.reasonCode(), parked.message(),
                parked.attempts()));
    }
}
