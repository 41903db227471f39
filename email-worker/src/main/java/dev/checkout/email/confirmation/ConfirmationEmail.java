package dev.checkout.email.confirmation;

import dev.checkout.email.order.MoneyFormat;
import dev.checkout.email.order.OrderPlaced;
import dev.checkout.messaging.statuslink.StatusLinkKeys;
import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The order confirmation email: HTML and plain-text parts rendered from the Qute templates in
 * {@code templates/ConfirmationEmail/} (the HTML one escapes everything it shows), the PDF receipt, and a Message-ID
 * derived from the order id, so the same order always yields the same Message-ID.
 */
@ApplicationScoped
public class ConfirmationEmail {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance html(Confirmation confirmation);

        static native TemplateInstance text(Confirmation confirmation);
    }

    private final ConfirmationConfig config;
    private final StatusLinkKeys links;

    ConfirmationEmail(ConfirmationConfig config) {
        this.config = config;
        this.links = new StatusLinkKeys(config.statusLinkKey(), Optional.empty());
    }

    public String messageId(UUID orderId) {
        return "<order-" + orderId + "@" + config.messageIdDomain() + ">";
    }

    private static String subject(UUID orderId) {
        return "Your order " + orderId + " is confirmed";
    }

    /** The email, with the order's PDF receipt attached as {@code receipt-{orderId}.pdf}. */
    public Mail compose(OrderPlaced placed, byte[] receipt) {
        OrderPlaced.Order order = placed.order();
        Confirmation confirmation = confirmation(order, placed.occurredAt());
        return Mail.withHtml(order.customer().email(), subject(order.orderId()), Templates.html(confirmation).render())
                .setText(Templates.text(confirmation).render())
                .addHeader("Message-ID", messageId(order.orderId()))
                .addAttachment("receipt-" + order.orderId() + ".pdf", receipt, "application/pdf");
    }

    private Confirmation confirmation(OrderPlaced.Order order, Instant placedAt) {
        List<Confirmation.Line> lines = order.lines().stream()
                .map(line -> new Confirmation.Line(line.name(), line.sku(), line.quantity(),
                        MoneyFormat.format(line.unitPriceMinor(), order.currency()),
                        MoneyFormat.format(line.lineTotalMinor(), order.currency())))
                .toList();
        return new Confirmation(order.customer().name(), order.orderId().toString(), lines,
                MoneyFormat.format(order.totalMinor(), order.currency()), order.shippingAddress().lines(),
                statusUrl(order.orderId(), placedAt));
    }

    /** Expiring from the order's time, not the sending's, so every rendering of one order links alike. */
    private String statusUrl(UUID orderId, Instant placedAt) {
        return config.orderStatusBaseUrl() + "/orders/" + orderId + "?statusToken="
                + links.sign(orderId, placedAt.plus(config.statusLinkLifetime()));
    }

}
