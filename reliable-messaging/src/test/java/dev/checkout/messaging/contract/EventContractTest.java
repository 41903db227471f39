package dev.checkout.messaging.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.checkout.testsupport.ContractFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/**
 * Checks the contract (module {@code contracts}, on this module's classpath) with the library's validator: every
 * schema compiles, every {@code valid-*} example passes and every {@code invalid-*} one fails. Examples are discovered by listing the folder, so new ones are tested
 * without touching this class.
 */
class EventContractTest {

    /** Every event of DESIGN.md §5; each must have a version 1 schema and examples. */
    static final List<String> EVENT_TYPES = List.of("order.placed", "email.sent", "email.failed",
            "fraud.assessed", "fraud.failed", "analytics.recorded", "analytics.failed", "fulfilment.requested",
            "fulfilment.held", "fulfilment.failed");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventContract contract = new EventContract();

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("validExamples")
    void every_valid_example_passes(String eventType, String fileName) {
        assertThat(contract.violations(eventType, 1, example(eventType, fileName))).isEmpty();
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("invalidExamples")
    void every_invalid_example_fails(String eventType, String fileName) {
        assertThat(contract.violations(eventType, 1, example(eventType, fileName))).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void every_event_type_has_a_schema_and_examples(String eventType) {
        assertThat(contract.knows(eventType, 1)).as("schema %s.v1.schema.json", eventType).isTrue();
        assertThat(exampleFiles(eventType, "valid-")).as("valid examples of %s", eventType).hasSizeGreaterThanOrEqualTo(2);
        assertThat(exampleFiles(eventType, "invalid-")).as("invalid examples of %s", eventType)
                .hasSizeGreaterThanOrEqualTo(eventType.equals("order.placed") ? 3 : 2);
    }

    @Test
    void a_part_of_an_event_is_checked_against_its_sub_schema_before_the_event_exists() throws IOException {
        String customer = "/properties/order/properties/customer";

        assertThat(contract.violations("order.placed", 1, customer,
                JSON.readTree("{\"id\": \"c-1\", \"email\": \"ann@example.com\", \"name\": \"Ann\"}"))).isEmpty();
        assertThat(contract.violations("order.placed", 1, customer,
                JSON.readTree("{\"id\": \"c-1\", \"email\": \"ann@exa_mple.com\", \"name\": \"Ann\"}")))
                .singleElement(STRING).startsWith("$.email");
        assertThatThrownBy(() -> contract.violations("order.placed", 1, "/properties/nothing/here",
                JSON.readTree("{}"))).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> contract.violations("order.placed", 1, "../envelope", JSON.readTree("{}")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_examples_folder_belongs_to_a_listed_event_type() throws IOException {
        try (Stream<Path> folders = Files.list(ContractFolder.root().resolve("examples"))) {
            assertThat(folders.map(folder -> folder.getFileName().toString())).isSubsetOf(EVENT_TYPES);
        }
    }

    @Test
    void every_schema_file_declares_draft_2020_12_and_the_id_its_refs_resolve_against() throws IOException {
        try (Stream<Path> files = Files.list(ContractFolder.root())) {
            List<Path> schemas = files.filter(file -> file.toString().endsWith(".schema.json")).toList();
            assertThat(schemas).hasSizeGreaterThanOrEqualTo(EVENT_TYPES.size());
            for (Path file : schemas) {
                JsonNode schema = JSON.readTree(Files.readString(file));
                assertThat(schema.path("$schema").asText()).as("$schema of %s", file.getFileName())
                        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
                assertThat(schema.path("$id").asText()).as("$id of %s", file.getFileName())
                        .isEqualTo(EventContract.SCHEMA_ID_PREFIX + file.getFileName());
            }
        }
    }

    @Test
    void an_unknown_version_is_reported_as_unknown_not_as_invalid() {
        JsonNode document = example("order.placed", "valid-two-lines.json");

        assertThat(contract.knows("order.placed", 2)).isFalse();
        assertThatThrownBy(() -> contract.violations("order.placed", 2, document))
                .isInstanceOfSatisfying(UnknownEventSchemaException.class, unknown -> {
                    assertThat(unknown.eventType()).isEqualTo("order.placed");
                    assertThat(unknown.schemaVersion()).isEqualTo(2);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"order.shipped", "envelope", "failure", "../contracts/order.placed", "ORDER.PLACED", ""})
    void a_type_without_an_event_schema_is_unknown(String eventType) {
        assertThat(contract.knows(eventType, 1)).isFalse();
        assertThatThrownBy(() -> contract.violations(eventType, 1, JSON.createObjectNode()))
                .isInstanceOf(UnknownEventSchemaException.class);
    }

    @Test
    void a_violation_names_the_json_path_of_the_offending_value() {
        JsonNode document = example("order.placed", "invalid-line-quantity-zero.json");

        assertThat(contract.violations("order.placed", 1, document))
                .singleElement(STRING).startsWith("$.order.lines[0].quantity");
    }

    @Test
    void formats_are_asserted_not_only_annotated() {
        assertThat(contract.violations("order.placed", 1, example("order.placed", "invalid-customer-email-format.json")))
                .singleElement(STRING).startsWith("$.order.customer.email");
        assertThat(contract.violations("order.placed", 1, example("order.placed", "invalid-order-id-not-a-uuid.json")))
                .singleElement(STRING).startsWith("$.order.orderId");
        assertThat(contract.violations("order.placed", 1, example("order.placed", "invalid-occurred-at-without-offset.json")))
                .singleElement(STRING).startsWith("$.occurredAt");
    }

    static Stream<String> eventTypes() {
        return EVENT_TYPES.stream();
    }

    static Stream<Arguments> validExamples() {
        return examples("valid-");
    }

    static Stream<Arguments> invalidExamples() {
        return examples("invalid-");
    }

    private static Stream<Arguments> examples(String prefix) {
        return EVENT_TYPES.stream().flatMap(eventType ->
                exampleFiles(eventType, prefix).stream().map(fileName -> Arguments.of(eventType, fileName)));
    }

    private static List<String> exampleFiles(String eventType, String prefix) {
        Path folder = ContractFolder.examples(eventType);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith(prefix) && name.endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode example(String eventType, String fileName) {
        try {
            return JSON.readTree(Files.readString(ContractFolder.examples(eventType).resolve(fileName)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
