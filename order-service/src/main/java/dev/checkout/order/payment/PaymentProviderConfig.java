package dev.checkout.order.payment;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** Who we are at the payment provider; its URL is the REST client's ({@code quarkus.rest-client.payment-provider.url}). */
@ConfigMapping(prefix = "payment.provider")
public interface PaymentProviderConfig {

    /** Sent as a bearer token; from the environment only ({@code PAYMENT_PROVIDER_API_KEY}). */
    Optional<String> apiKey();
}
