package dev.checkout.order.status;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.ext.web.codec.BodyCodec;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.net.SocketAddress;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.Map;

/**
 * POSTs webhook bodies. It connects to the address {@link CallbackAddresses} checked for the URL's host on this very
 * attempt (the host still names the request and the TLS server), on the URL's port, and never follows a redirect, so a
 * receiver can send the service neither to an address off the allow-list nor to a private one.
 */
@ApplicationScoped
class WebhookClient {

    private final WebClient client;
    private final CallbackAddresses addresses;
    private final long timeoutMillis;

    WebhookClient(Vertx vertx, CallbackAddresses addresses, StatusConfig config) {
        this.addresses = addresses;
        this.timeoutMillis = config.webhooks().timeout().toMillis();
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setFollowRedirects(false)
                .setConnectTimeout((int) timeoutMillis)
                .setUserAgent("checkout-order-service-webhooks"));
    }

    /**
     * The receiver's HTTP status; fails when its host resolves to a refused address ({@link CallbackAddressRefused}),
     * or when it could not be reached or did not answer in time.
     */
    Uni<Integer> post(String url, Map<String, String> headers, String body) {
        URI uri = URI.create(url);
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return addresses.resolve(uri.getHost()).chain(address -> {
            // The receiver's body is not read: its status is all that counts, and nothing it sends is kept in memory.
            HttpRequest<Void> request = client.request(HttpMethod.POST,
                            SocketAddress.inetSocketAddress(port, address.getHostAddress()), port, uri.getHost(), path)
                    .as(BodyCodec.none())
                    .ssl(https)
                    .timeout(timeoutMillis)
                    .putHeader("Content-Type", "application/json");
            headers.forEach(request::putHeader);
            return request.sendBuffer(Buffer.buffer(body)).map(response -> response.statusCode());
        });
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
