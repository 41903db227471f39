package dev.checkout.email.confirmation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

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

    /**
     * The key that signs the token in each email's status link, {@code <id>:<base64 secret of 32+ bytes>}, shared
     * with order-service, which verifies it (STATUS_LINK_KEY). The link reads the order without a login: the email
     * already shows what the order's page shows.
     */
    String statusLinkKey();

    /** How long after the order a status link reads it (EMAIL_STATUS_LINK_LIFETIME). */
    @WithDefault("30d")
    Duration statusLinkLifetime();
}
