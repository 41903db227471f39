package dev.checkout.email.confirmation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The confirmation email's own settings; every entry can be overridden by an environment variable. */
@ConfigMapping(prefix = "email")
public interface ConfirmationConfig {

    /** Right-hand side of each email's Message-ID, {@code <order-{orderId}@{domain}>} (EMAIL_MESSAGE_ID_DOMAIN). */
    @WithDefault("checkout.local")
    String messageIdDomain();

    /**
     * Where shoppers follow their order, without a trailing slash: the email links to {@code {base}/orders/{id}}
     * (EMAIL_ORDER_STATUS_BASE_URL).
     */
    @WithDefault("http://127.0.0.1:8080")
    String orderStatusBaseUrl();
}
