package dev.checkout.messaging.publish;

import com.rabbitmq.client.BasicProperties;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Sending through a connector channel configured with {@code publish-confirms=true}: the connector acks the message
 * once the broker confirmed it and nacks it when the broker refused it (e.g. a full queue with
 * {@code reject-publish}), so the returned {@code Uni} succeeds only once the broker has taken responsibility for
 * the message. No confirm within {@code timeout} counts as a failure: callers retry, and consumers are idempotent,
 * so a message whose confirm got lost costs nothing but a skipped duplicate.
 */
public final class Confirmed {

    private Confirmed() {
    }

    public static Uni<Void> send(MutinyEmitter<byte[]> channel, Metadata metadata, byte[] body, Duration timeout) {
        return Uni.createFrom().deferred(() -> channel.sendMessage(Message.of(body, metadata)))
                .ifNoItem().after(timeout).failWith(() -> new PublishFailedException(
                        "no confirm from the broker within " + timeout))
                .onFailure(f -> !(f instanceof PublishFailedException))
                .transform(f -> new PublishFailedException(String.valueOf(f.getMessage())));
    }

    /** A received message's properties, unchanged, for a copy published with {@code routingKey}. */
    public static OutgoingRabbitMQMetadata copyOf(BasicProperties p, String routingKey) {
        return OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(routingKey)
                .withHeaders(p.getHeaders() == null ? Map.of() : p.getHeaders())
                .withContentType(p.getContentType())
                .withContentEncoding(p.getContentEncoding())
                .withDeliveryMode(p.getDeliveryMode())
                .withPriority(p.getPriority())
                .withCorrelationId(p.getCorrelationId())
                .withReplyTo(p.getReplyTo())
                .withExpiration(p.getExpiration())
                .withMessageId(p.getMessageId())
                .withTimestamp(p.getTimestamp() == null ? null : p.getTimestamp().toInstant().atZone(ZoneOffset.UTC))
                .withType(p.getType())
                .withUserId(p.getUserId())
                .withAppId(p.getAppId())
                .build();
    }
}
