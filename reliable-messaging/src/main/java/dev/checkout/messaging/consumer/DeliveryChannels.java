package dev.checkout.messaging.consumer;

import com.rabbitmq.client.impl.CredentialsProvider;
import io.smallrye.reactive.messaging.ClientCustomizer;
import io.vertx.rabbitmq.RabbitMQOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Guards settlements against stale delivery tags. A delivery tag only means something on the AMQP channel that
 * delivered it, but the connector acks and nacks on whatever channel its client has now: after a reconnect, an old
 * tag either closes the new channel ("unknown delivery tag") or settles a different message. So the library settles
 * a message only if it came on the consumer's current channel; otherwise the broker has already requeued it when
 * the old channel died, and the settlement is dropped.
 * <p>
 * Which channel is current: the connector asks a channel's credentials on every connection attempt (this customizer
 * wraps them to count attempts), and the broker gives the consumer a new consumer tag on every new channel. A
 * message is current when its consumer tag is the most recent one seen and was first seen after the latest
 * connection attempt. Messages reach the library in delivery order, so an old channel's messages always come before
 * the new channel's; the one case this cannot tell apart is an old channel none of whose messages reached the
 * library before the reconnect, settled before any message of the new channel arrived (see README).
 */
@ApplicationScoped
public class DeliveryChannels implements ClientCustomizer<RabbitMQOptions> {

    private final Map<String, ChannelState> channels = new ConcurrentHashMap<>();

    @Override
    public RabbitMQOptions customize(String channel, Config channelConfig, RabbitMQOptions options) {
        ChannelState state = state(channel);
        String username = options.getUser();
        String password = options.getPassword();
        return options.setCredentialsProvider(new CredentialsProvider() {
            @Override
            public String getUsername() {
                // Asked once per connection attempt, before the new connection's channel exists.
                state.connecting();
                return username;
            }

            @Override
            public String getPassword() {
                return password;
            }
        });
    }

    /** Notes a message's arrival; call before any settlement of it. */
    void arrived(String channel, String consumerTag) {
        state(channel).arrived(consumerTag);
    }

    /** True if a message with this consumer tag can be settled on the channel's current AMQP channel. */
    boolean isCurrent(String channel, String consumerTag) {
        return state(channel).isCurrent(consumerTag);
    }

    private ChannelState state(String channel) {
        return channels.computeIfAbsent(channel, c -> new ChannelState());
    }

    private static final class ChannelState {

        private long attempts;
        private String currentTag;
        private long currentTagAttempt;
        private final Set<String> retiredTags = new HashSet<>();

        synchronized void connecting() {
            attempts++;
        }

        synchronized void arrived(String tag) {
            if (tag.equals(currentTag) || retiredTags.contains(tag)) {
                return;
            }
            if (currentTag != null) {
                retiredTags.add(currentTag);
            }
            currentTag = tag;
            currentTagAttempt = attempts;
        }

        synchronized boolean isCurrent(String tag) {
            return tag.equals(currentTag) && currentTagAttempt == attempts;
        }
    }
}
