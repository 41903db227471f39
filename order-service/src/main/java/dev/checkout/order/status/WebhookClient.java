package dev.checkout.order.status;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.ext.web.codec.BodyCodec;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.Map;

/**
 * POSTs webhook bodies. It connects to the host and port of the URL as {@link CallbackUrls} checked it, and never
 * follows a redirect, so a receiver cannot send the service on to an address off the allow-list.
 */
@ApplicationScoped
class WebhookClient {

    private final WebClient client;
    private final long timeoutMillis;

    WebhookClient(Vertx vertx, StatusConfig config) {
        this.timeoutMillis = config.webhooks().timeout().toMillis();
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setFollowRedirects(false)
                .setConnectTimeout((int) timeoutMillis)
                .setUserAgent("checkout-order-service-webhooks"));
    }

    /** The receiver's HTTP status; fails when it could not be reached or did not answer in time. */
    Uni<Integer> post(String url, Map<String, String> headers, String body) {
        URI uri = URI.create(url);
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        // The receiver's body is not read: its status is all that counts, and nothing it sends is kept in memory.
        HttpRequest<Void> request = client.request(HttpMethod.POST, port, uri.getHost(), path)
                .as(BodyCodec.none())
                .ssl(https)
                .timeout(timeoutMillis)
                .putHeader("Content-Type", "application/json");
        headers.forEach(request::putHeader);
        return request.sendBuffer(Buffer.buffer(body)).map(response -> response.statusCode());
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
