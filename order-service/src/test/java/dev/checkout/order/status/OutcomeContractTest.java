package dev.checkout.order.status;

import com.rabbitmq.client.GetResponse;
import dev.checkout.order.fixtures.Workers;
import dev.checkout.testsupport.ContractFolder;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.checkout.order.fixtures.OrderStatusApi.awaitProcessed;
import static dev.checkout.order.fixtures.OrderStatusApi.confirmedOrder;
import static dev.checkout.order.fixtures.OrderStatusApi.order;
import static dev.checkout.order.fixtures.OrderStatusApi.timelineTypes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer against the event contract's own examples (contracts/examples/): every valid example of each outcome
 * it consumes is applied; every invalid one is parked at once and changes nothing.
 */
@QuarkusTest
class OutcomeContractTest {

    private static Workers workers;

    @Inject
    Pool pool;

    @Inject
    FollowUpCatalog catalog;

    @BeforeAll
    static void connect() throws Exception {
        workers = new Workers();
    }

    @AfterAll
    static void disconnect() throws Exception {
        workers.close();
    }

    private record Published(String messageId, String type, String orderId) {
    }

    @Test
    void appliesEveryValidExampleOfEachOutcome() throws Exception {
        List<Published> published = new ArrayList<>();
        for (String type : catalog.outcomeTypes()) {
            for (Path example : examples(type, "valid-")) {
                String orderId = confirmedOrder();
                JsonObject event = new JsonObject(Files.readString(example))
                        .put("eventId", UUID.randomUUID().toString())
                        .put("orderId", orderId);
                published.add(new Published(workers.publish(event), type, orderId));
            }
        }

        awaitProcessed(pool, published.stream().map(Published::messageId).toList());

        for (Published outcome : published) {
            FollowUpCatalog.Meaning meaning = catalog.meaningOf(outcome.type()).orElseThrow();
            assertThat(order(outcome.orderId()).getString("followUps." + meaning.followUp() + ".state"))
                    .as(outcome.type()).isEqualTo(meaning.state().name());
            assertThat(timelineTypes(outcome.orderId())).as(outcome.type())
                    .containsExactly("order.received", "order.confirmed", outcome.type());
        }
    }

    @Test
    void parksEveryInvalidExampleAtOnceWithoutSideEffects() throws Exception {
        String orderId = confirmedOrder();
        Map<String, String> exampleOfMessage = new HashMap<>();
        for (String type : catalog.outcomeTypes()) {
            for (Path example : examples(type, "invalid-")) {
                JsonObject event = new JsonObject(Files.readString(example));
                if (event.containsKey("orderId") && isUuid(event.getString("orderId"))) {
                    event.put("orderId", orderId);
                }
                String messageId = UUID.randomUUID().toString();
                workers.publish(type, event.encode(), messageId);
                exampleOfMessage.put(messageId, type + "/" + example.getFileName());
            }
        }
        assertThat(exampleOfMessage).hasSizeGreaterThanOrEqualTo(catalog.outcomeTypes().size() * 4);

        Map<String, String> reasons = awaitParked(exampleOfMessage.keySet());

        reasons.forEach((messageId, reason) -> assertThat(reason).as(exampleOfMessage.get(messageId))
                .isEqualTo("schema_violation"));
        assertThat(timelineTypes(orderId)).containsExactly("order.received", "order.confirmed");
        assertThat(order(orderId).getString("followUps.email.state")).isEqualTo("PENDING");
    }

    @Test
    void theQueueIsBoundToTheConfiguredOutcomesAndNothingElse() {
        List<String> keys = ConfigProvider.getConfig()
                .getValues("mp.messaging.incoming." + OutcomeConsumer.CONSUMER + ".routing-keys", String.class);
        List<String> expected = new ArrayList<>(catalog.outcomeTypes());
        expected.add("retry." + OutcomeConsumer.CONSUMER);
        assertThat(keys).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void parksAnOutcomeForAnOrderThisServiceDoesNotKnow() throws Exception {
        String messageId = workers.publish(Workers.emailSent(UUID.randomUUID().toString(), Instant.now()));

        assertThat(awaitParked(List.of(messageId))).containsEntry(messageId, "unknown_order");
    }

    /** The parking reason of each of these messages, once all are parked. */
    private static Map<String, String> awaitParked(Collection<String> messageIds) {
        Map<String, String> reasons = new HashMap<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (GetResponse parked : workers.takeParked()) {
                Object reason = parked.getProps().getHeaders().get("x-failure-reason");
                reasons.put(parked.getProps().getMessageId(), String.valueOf(reason));
            }
            return reasons.keySet().containsAll(messageIds);
        });
        reasons.keySet().retainAll(messageIds);
        return reasons;
    }

    private static List<Path> examples(String type, String prefix) {
        try (Stream<Path> files = Files.list(ContractFolder.examples(type))) {
            List<Path> found = new ArrayList<>(files.filter(file -> file.getFileName().toString().startsWith(prefix))
                    .sorted().toList());
            assertThat(found).as(type + " " + prefix + "examples").isNotEmpty();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
