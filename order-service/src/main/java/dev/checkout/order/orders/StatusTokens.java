package dev.checkout.order.orders;

import dev.checkout.messaging.statuslink.StatusLinkKeys;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

/**
 * Per-order status tokens for guests: 256 random bits, scoped to one order, expiring; only their SHA-256 is stored,
 * so the table alone reads no order. The links in confirmation emails carry a signed token instead
 * ({@link StatusLinkKeys}), which reads its order without a row.
 */
@ApplicationScoped
class StatusTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Pool pool;
    private final StatusTokenConfig config;
    private final StatusLinkKeys links;

    StatusTokens(Pool pool, StatusTokenConfig config) {
        this.pool = pool;
        this.config = config;
        this.links = new StatusLinkKeys(config.statusLink().currentKey(), config.statusLink().previousKey());
    }

    Uni<String> issue(UUID orderId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return pool.preparedQuery(
                        "insert into order_status_token (token_hash, order_id, expires_at) values ($1, $2, $3)")
                .execute(Tuple.of(hash(token), orderId,
                        OffsetDateTime.now(ZoneOffset.UTC).plus(config.statusTokenLifetime())))
                .replaceWith(token);
    }

    Uni<Boolean> admits(UUID orderId, String token) {
        if (StatusLinkKeys.looksSigned(token)) {
            return Uni.createFrom().item(links.admits(orderId, token, Instant.now()));
        }
        return pool.preparedQuery("""
                        select 1 from order_status_token
                         where token_hash = $1 and order_id = $2 and expires_at > now()""")
                .execute(Tuple.of(hash(token), orderId))
                .map(rows -> rows.size() > 0);
    }

    /** Deletes the tokens that can read nothing any more; answers how many. */
    Uni<Integer> deleteExpired() {
        return pool.preparedQuery("delete from order_status_token where expires_at <= now()").execute()
                .map(rows -> rows.rowCount());
    }

    private static Buffer hash(String token) {
        try {
            return Buffer.buffer(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
