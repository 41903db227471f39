package dev.checkout.messaging.testapp;

import dev.checkout.messaging.consumer.IncomingEvent;
import dev.checkout.messaging.consumer.SqlEventHandler;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * The test application's consumer on the SQL client: writes a journal entry per order on the consumer's connection.
 * A customer named "fails-after-write-N" fails its first N attempts after the entry is written, as a handler whose
 * last statement breaks would.
 */
@ApplicationScoped
public class JournalHandler implements SqlEventHandler {

    public static final String CONSUMER = "journal";

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public Uni<Void> handle(IncomingEvent event, SqlConnection connection) {
        UUID orderId = UUID.fromString(event.document().getJsonObject("order").getString("orderId"));
        String script = event.document().getJsonObject("order").getJsonObject("customer").getString("id");
        return connection.preparedQuery("insert into journal_entry (order_id, message_id, attempt) values ($1, $2, $3)")
                .execute(Tuple.of(orderId, event.messageId(), event.attempt()))
                .invoke(() -> {
                    if (script.startsWith("fails-after-write-")
                            && event.attempt() <= Integer.parseInt(script.substring("fails-after-write-".length()))) {
                        throw new IllegalStateException("failed after its write, on attempt " + event.attempt());
                    }
                })
                .replaceWithVoid();
    }
}
