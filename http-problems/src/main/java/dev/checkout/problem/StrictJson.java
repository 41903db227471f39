package dev.checkout.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * Quantities and money are integers: a client sending 2.5 or "2" gets a 400 rather than a silently rounded or
 * converted value (2.0 is the integer 2, as JSON Schema has it), and trailing garbage after the JSON document is
 * refused too. Text is text: a number or a boolean
 * where a string belongs is refused rather than stored as "false" or "10115". And text holds only characters that
 * can be stored and shown: see {@link TextRules}. Unknown members stay ignored (a client may send prices; they are not
 * used).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("storable-text").addDeserializer(String.class, new StorableText()));
        mapper.registerModule(new SimpleModule("whole-numbers")
                .addDeserializer(Integer.class, new WholeNumber<>(Integer.class,
                        new NumberDeserializers.IntegerDeserializer(Integer.class, null), BigDecimal::intValueExact))
                .addDeserializer(int.class, new WholeNumber<>(Integer.class,
                        new NumberDeserializers.IntegerDeserializer(Integer.TYPE, 0), BigDecimal::intValueExact))
                .addDeserializer(Long.class, new WholeNumber<>(Long.class,
                        new NumberDeserializers.LongDeserializer(Long.class, null), BigDecimal::longValueExact))
                .addDeserializer(long.class, new WholeNumber<>(Long.class,
                        new NumberDeserializers.LongDeserializer(Long.TYPE, 0L), BigDecimal::longValueExact)));
    }

    /** Why a text value was refused, or null if the failure is not about the characters of a text. */
    static String refusal(JsonMappingException failure) {
        return failure instanceof RefusedText refused ? refused.reason : null;
    }

    private static final class StorableText extends StdScalarDeserializer<String> {

        StorableText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            String problem = text == null ? null : TextRules.unstorable(text);
            if (problem != null) {
                throw new RefusedText(parser, problem);
            }
            return text;
        }
    }

    /**
     * JSON Schema, which the OpenAPI documents use, counts a number with a zero fraction (2.0) as an integer: such a
     * number is taken as the whole number it is. Any other fraction, or a value out of range, is refused as before.
     */
    private static final class WholeNumber<T> extends StdScalarDeserializer<T> {

        private final JsonDeserializer<T> standard;
        private final Function<BigDecimal, T> exact;

        WholeNumber(Class<T> type, JsonDeserializer<T> standard, Function<BigDecimal, T> exact) {
            super(type);
            this.standard = standard;
            this.exact = exact;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                try {
                    return exact.apply(parser.getDecimalValue());
                } catch (ArithmeticException notWhole) {
                    // The standard deserializer refuses it, naming the field.
                }
            }
            return standard.deserialize(parser, context);
        }

        @Override
        public T getNullValue(DeserializationContext context) throws JsonMappingException {
            return standard.getNullValue(context);
        }
    }

    private static final class RefusedText extends JsonMappingException {

        private final String reason;

        RefusedText(JsonParser parser, String reason) {
            super(parser, "Text refused: " + reason);
            this.reason = reason;
        }
    }
}
