package dev.checkout.problem;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a request target exactly as the client sent it and says what makes it unusable: matrix parameters
 * ({@code /products/MUG-001;DROP}, which JAX-RS strips, so the request would act on {@code MUG-001} while its sender
 * named something else), no URI at all ({@code %zz}, a raw {@code |}; Quarkus' own check, which {@link ServiceMain}
 * hands over to this one), bytes that are not UTF-8 (overlong forms and encoded surrogates included), or a character
 * no text may hold ({@link TextRules}, e.g. {@code %00}).
 */
final class RequestTarget {

    private RequestTarget() {
    }

    /** Why the target is unusable, or null if it is fine. */
    static String unusable(String target) {
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        if (path.indexOf(';') >= 0) {
            return "Matrix parameters (';' in the path) are not supported.";
        }
        try {
            new URI(target);
        } catch (URISyntaxException e) {
            return "The request target is not a URI (RFC 3986): " + e.getReason() + ".";
        }
        String decoded = decode(target);
        if (decoded == null) {
            return "The path or query is not valid percent-encoded UTF-8.";
        }
        String unstorable = TextRules.unstorable(decoded);
        if (unstorable != null || decoded.indexOf('\t') >= 0 || decoded.indexOf('\n') >= 0
                || decoded.indexOf('\r') >= 0) {
            return "The path or query contains a control character (e.g. %00).";
        }
        return null;
    }

    /** The target with every percent-escape decoded as strict UTF-8, or null if that is impossible. */
    private static String decode(String target) {
        ByteBuffer bytes = ByteBuffer.allocate(target.length() * 3);
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '%') {
                if (i + 2 >= target.length()) {
                    return null;
                }
                int high = Character.digit(target.charAt(i + 1), 16);
                int low = Character.digit(target.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.put((byte) (high << 4 | low));
                i += 2;
            } else if (c <= 0xFF) {
                // Netty reads the request line byte for byte (ISO-8859-1): a raw non-ASCII byte is one char here.
                bytes.put((byte) c);
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            // The JDK's decoder refuses overlong forms and encoded surrogates (ED A0 80) as malformed.
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
