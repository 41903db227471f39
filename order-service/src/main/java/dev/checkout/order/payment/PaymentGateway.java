package dev.checkout.order.payment;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Optional;
import java.util.UUID;

/**
 * The payment provider behind the resilience it needs. The order id is the provider's idempotency key, so a retry
 * can never charge twice; retries cover transport errors and 5xx only (a decline is an answer, and a timeout leaves
 * the outcome to the client's retry or the reconciler). The values below are defaults: application.properties sets
 * them from {@code payment.gateway.*}.
 */
@ApplicationScoped
public class PaymentGateway {

    public static final String CHARGE_CIRCUIT = "payment-provider";

    private final PaymentProviderClient provider;

    PaymentGateway(@RestClient PaymentProviderClient provider) {
        this.provider = provider;
    }

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = {ProviderError.ServerError.class, ProcessingException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, successThreshold = 2,
            skipOn = ChargeDeclined.class)
    @CircuitBreakerName(CHARGE_CIRCUIT)
    @Bulkhead(value = 20, waitingTaskQueue = 50)
    public Uni<ProviderApi.Charge> charge(UUID orderId, ProviderApi.ChargeRequest request) {
        return provider.charge(orderId.toString(), request);
    }

    /** The charge made for an order, if the provider has one; used to settle orders whose outcome is unknown. */
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = {ProviderError.ServerError.class, ProcessingException.class})
    public Uni<Optional<ProviderApi.Charge>> findCharge(UUID orderId) {
        return provider.find(orderId.toString()).map(charges -> charges.data().stream().findFirst());
    }
}
