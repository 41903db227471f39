package dev.checkout.order.console;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Calls the {@code /admin/dlq} API of the configured services on behalf of the SRE, with the SRE's own access token,
 * so each service checks the role itself and logs and audits the SRE by name. Answers are handed on as they are:
 * the services' problem documents too.
 */
@ApplicationScoped
class DeadLetterApis {

    /** A service's answer: status, content type and body, to be handed on unchanged. */
    record Answer(int status, String contentType, Buffer body) {
    }

    private final WebClient client;
    private final ConsoleConfig config;

    DeadLetterApis(Vertx vertx, ConsoleConfig config) {
        this.client = WebClient.create(vertx);
        this.config = config;
    }

    Set<String> services() {
        return new TreeSet<>(config.services().keySet());
    }

    /**
     * {@code path} segments are encoded one by one and dot segments refused (a server resolves an encoded one too), so
     * an id cannot step outside {@code /admin/dlq}.
     */
    Uni<Answer> call(String service, HttpMethod method, List<String> path, String query, String body,
                     String accessToken) {
        URI base = config.services().get(service);
        if (base == null) {
            throw new UnknownService(service);
        }
        path.stream().filter(segment -> segment.equals(".") || segment.equals("..")).findFirst().ifPresent(dots -> {
            throw new DotSegment(dots);
        });
        String url = base.toString().replaceAll("/+$", "") + "/admin/dlq"
                + path.stream().map(segment -> "/" + URLEncoder.encode(segment, StandardCharsets.UTF_8)
                        .replace("+", "%20")).collect(Collectors.joining())
                + (query == null ? "" : "?" + query);
        HttpRequest<Buffer> request = client.requestAbs(method, url)
                .timeout(config.timeout().toMillis())
                .putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                .putHeader(HttpHeaders.ACCEPT, "application/json");
        Uni<io.vertx.mutiny.ext.web.client.HttpResponse<Buffer>> sent = body == null ? request.send()
                : request.putHeader(HttpHeaders.CONTENT_TYPE, "application/json").sendBuffer(Buffer.buffer(body));
        return sent.map(response -> new Answer(response.statusCode(), response.getHeader(HttpHeaders.CONTENT_TYPE),
                        response.body() == null ? Buffer.buffer() : response.body()))
                .onFailure().transform(failure -> new ServiceUnreachable(service, failure));
    }
}
