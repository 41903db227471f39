package dev.checkout.order.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/** Authenticates to the provider with its API key, when one is configured (the simulator needs none). */
@ApplicationScoped
public class ProviderCredentials implements ClientRequestFilter {

    private final PaymentProviderConfig config;

    ProviderCredentials(PaymentProviderConfig config) {
        this.config = config;
    }

    @Override
    public void filter(ClientRequestContext request) {
        config.apiKey().ifPresent(key -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + key));
    }
}
