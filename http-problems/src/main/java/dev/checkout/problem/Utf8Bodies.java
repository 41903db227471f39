package dev.checkout.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * JSON bodies must be strict UTF-8. Jackson's own decoder reads overlong forms ({@code C0 AF} as '/') and encoded
 * surrogates without complaint, so a name could pass every check in one spelling and be stored in another; the JDK's
 * decoder refuses them. The body is already bounded by {@code quarkus.http.limits.max-body-size}.
 */
@Provider
public class Utf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && type.getSubtype().endsWith("json")) {
            byte[] body = context.getInputStream().readAllBytes();
            try {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(body));
            } catch (CharacterCodingException e) {
                throw new NotUtf8();
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    /** The body's bytes are not UTF-8. */
    static final class NotUtf8 extends ProblemException {

        NotUtf8() {
            super(400, "malformed_json", "Malformed JSON", "The request body is not valid UTF-8.");
        }
    }
}
