package dev.checkout.messaging.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import com.networknt.schema.resource.ClasspathSchemaLoader;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * The event contract of DESIGN.md §5: checks an event document against the JSON Schema (draft 2020-12) of its
 * event type and schema version. The schemas are read from the classpath folder {@value #CLASSPATH_FOLDER}, one
 * file per type and version named {@code <eventType>.v<schemaVersion>.schema.json}, so any service with that folder
 * on its classpath can validate. Each schema is compiled once, on first use, and shared by all threads.
 */
@ApplicationScoped
public class EventContract {

    public static final String CLASSPATH_FOLDER = "contracts/";

    /**
     * Every schema's {@code $id} starts with this; {@code $ref}s between schema files resolve against it and are
     * then read from {@value #CLASSPATH_FOLDER}, never fetched over the network.
     */
    public static final String SCHEMA_ID_PREFIX = "https://checkout.dev/contracts/";

    // Event types are dotted lower-case names (they double as routing keys). The type usually comes from a
    // message's properties, so checking its shape keeps it from naming any other classpath resource, including
    // the shared parts of the contract (envelope, failure), which are not events.
    private static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-z0-9]*)+");
    private static final Pattern POINTER = Pattern.compile("(/[A-Za-z0-9$_-]+)+");

    private final ClassLoader classLoader;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config;
    private final ConcurrentMap<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    public EventContract() {
        // The context class loader sees the service's own resources, whichever loader loaded this library. One
        // loader serves both the existence check and the schema loading, so the two cannot disagree.
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        this.classLoader = context != null ? context : EventContract.class.getClassLoader();
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_ID_PREFIX, "classpath:" + CLASSPATH_FOLDER))
                .schemaLoaders(loaders -> loaders
                        .add(new ClasspathSchemaLoader(() -> classLoader))
                        .add(new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:")))));
        this.config = SchemaValidatorsConfig.builder()
                // In draft 2020-12, "format" is only an annotation unless asserting it is asked for.
                .formatAssertionsEnabled(true)
                // "$.order.lines[0].quantity" rather than draft 2020-12's default JSON Pointer, whose root is "".
                .pathType(PathType.JSON_PATH)
                // The messages end up in logs and parking headers: the same language on every machine.
                .locale(Locale.ENGLISH)
                .build();
    }

    /** Whether a schema exists for this event type and version; a consumer parks versions it does not know. */
    public boolean knows(String eventType, int schemaVersion) {
        return schema(eventType, schemaVersion) != null;
    }

    /**
     * What is wrong with the document, one message per violation, each starting with the JSON path of the
     * offending value (e.g. {@code $.order.lines[0].quantity: must have a minimum value of 1}); empty when valid.
     * Unknown properties are not violations (tolerant reader).
     *
     * @throws UnknownEventSchemaException when there is no schema for the type and version (see {@link #knows})
     */
    public List<String> violations(String eventType, int schemaVersion, JsonNode document) {
        Objects.requireNonNull(document, "document");
        JsonSchema schema = schema(eventType, schemaVersion);
        if (schema == null) {
            throw new UnknownEventSchemaException(eventType, schemaVersion);
        }
        return schema.validate(document).stream().map(ValidationMessage::getMessage).toList();
    }

    /**
     * What is wrong with one part of an event that does not exist yet, so a producer can refuse input the event could
     * not carry instead of publishing what every consumer would park: {@code part} against the sub-schema at
     * {@code pointer}, a JSON Pointer into the event's schema (e.g. {@code /properties/order/properties/customer}).
     * Messages start with the part's own JSON path (e.g. {@code $.email: ...}).
     *
     * @throws UnknownEventSchemaException when there is no schema for the type and version (a pointer to nothing
     *                                     fails too, when the schema is loaded)
     */
    public List<String> violations(String eventType, int schemaVersion, String pointer, JsonNode part) {
        Objects.requireNonNull(part, "part");
        if (!POINTER.matcher(pointer).matches()) {
            throw new IllegalArgumentException("not a JSON Pointer into a schema: " + pointer);
        }
        JsonSchema schema = schema(eventType, schemaVersion, "#" + pointer);
        if (schema == null) {
            throw new UnknownEventSchemaException(eventType, schemaVersion);
        }
        return schema.validate(part).stream().map(ValidationMessage::getMessage).toList();
    }

    private JsonSchema schema(String eventType, int schemaVersion) {
        return schema(eventType, schemaVersion, "");
    }

    private JsonSchema schema(String eventType, int schemaVersion, String fragment) {
        if (eventType == null || !EVENT_TYPE.matcher(eventType).matches() || schemaVersion < 1) {
            return null;
        }
        // An unknown type is not cached (computeIfAbsent stores no null): made-up types cannot grow the map.
        return schemas.computeIfAbsent(eventType + ".v" + schemaVersion + ".schema.json" + fragment, this::load);
    }

    private JsonSchema load(String location) {
        String fileName = location.contains("#") ? location.substring(0, location.indexOf('#')) : location;
        if (classLoader.getResource(CLASSPATH_FOLDER + fileName) == null) {
            return null;
        }
        JsonSchema schema = factory.getSchema(SchemaLocation.of(SCHEMA_ID_PREFIX + location), config);
        // Resolves every $ref now, so a broken contract fails on first use rather than in the middle of a message.
        schema.initializeValidators();
        return schema;
    }
}
