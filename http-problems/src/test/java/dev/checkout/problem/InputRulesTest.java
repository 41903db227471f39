package dev.checkout.problem;

import io.vertx.core.VertxException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The rules every API shares, one by one; each service's HostileInputTest checks them over HTTP. */
class InputRulesTest {

    @Test
    void textMayHoldAnyCharacterButControlsAndUnpairedSurrogates() {
        assertThat(TextRules.unstorable("Zoë 李 😀\tline\r\nnext")).isNull();
        assertThat(TextRules.unstorable("a\0b")).isEqualTo("contains a NUL character");
        assertThat(TextRules.unstorable("a\u0007b")).isEqualTo("contains a control character");
        assertThat(TextRules.unstorable("a\u007fb")).isEqualTo("contains a control character");
        assertThat(TextRules.unstorable("a\u0085b")).isEqualTo("contains a control character");
        assertThat(TextRules.unstorable("a\ud800")).isEqualTo("contains an unpaired surrogate");
        assertThat(TextRules.unstorable("\udc00a")).isEqualTo("contains an unpaired surrogate");
    }

    @Test
    void aSingleLineShowsSomething() {
        assertThat(TextRules.notSingleLine("Ada Lovelace")).isNull();
        assertThat(TextRules.notSingleLine("Ada\nLovelace")).isEqualTo("must be a single line");
        assertThat(TextRules.notSingleLine("\u00a0\u200b\u2003\ufeff")).isEqualTo("must contain a visible character");
        assertThat(TextRules.notSingleLine(" ")).isEqualTo("must contain a visible character");
    }

    @Test
    void requestTargetsDecodeToUsableUtf8() {
        assertThat(RequestTarget.unusable("/products/MUG-001?page=2&q=caf%C3%A9")).isNull();
        assertThat(RequestTarget.unusable("/products/MUG-001;DROP")).contains("Matrix parameters");
        assertThat(RequestTarget.unusable("/products/%00")).contains("control character");
        assertThat(RequestTarget.unusable("/products/%C0%AF")).contains("UTF-8");
        assertThat(RequestTarget.unusable("/products/%ED%A0%80")).contains("UTF-8");
        assertThat(RequestTarget.unusable("/products/\u00e9")).contains("UTF-8");
        // A query may hold ';' (it is not a matrix parameter there).
        assertThat(RequestTarget.unusable("/products?q=a;b")).isNull();
    }

    @Test
    void pagingIsBoundedAndNamesTheParameter() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, 20));
        assertThat(PageRequest.of("10000", "100")).isEqualTo(new PageRequest(10_000, 100));
        InvalidRequest both = catchThrowableOfType(InvalidRequest.class, () -> PageRequest.of("2147483647", "0"));
        assertThat(both.errors()).extracting(FieldError::field).containsExactly("page", "size");
        for (String page : new String[]{"-1", "10001", "1.5", "1e3", "0x1", " 1", "99999999999999999999"}) {
            assertThat(catchThrowableOfType(InvalidRequest.class, () -> PageRequest.of(page, null)).errors())
                    .as(page).extracting(FieldError::field).containsExactly("page");
        }
    }

    @Test
    void aLostConnectionIsAnOutageWhateverWrapsIt() {
        assertThat(ConnectionLoss.explains(new CompletionException(
                new VertxException("Connection is not active now, current status: CLOSED")))).isTrue();
        assertThat(ConnectionLoss.explains(ClosedConnectionException.INSTANCE)).isTrue();
        assertThat(ConnectionLoss.explains(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
        assertThat(ConnectionLoss.explains(new SocketException("Connection reset"))).isTrue();
        assertThat(ConnectionLoss.explains(new IOException("Connection reset by peer"))).isTrue();
        assertThat(ConnectionLoss.explains(new VertxException("Timeout waiting for connection"))).isTrue();
        assertThat(ConnectionLoss.explains(new PgException("terminating connection due to administrator command",
                "FATAL", "57P01", null))).isTrue();
        assertThat(ConnectionLoss.explains(new PgException("the database system is starting up", "FATAL", "57P03",
                null))).isTrue();
    }

    @Test
    void aBugIsNoOutage() {
        assertThat(ConnectionLoss.explains(new IllegalStateException("boom"))).isFalse();
        assertThat(ConnectionLoss.explains(new PgException("duplicate key", "ERROR", "23505", null))).isFalse();
        assertThat(ConnectionLoss.explains(new PgException("syntax error", "ERROR", "42601", null))).isFalse();
    }

    @Test
    void allowedMethodsMatchPathTemplates() {
        assertThat(AllowedMethods.template("/orders/{id}").matcher("/orders/42").matches()).isTrue();
        assertThat(AllowedMethods.template("/orders/{id}").matcher("/orders/42/timeline").matches()).isFalse();
        assertThat(AllowedMethods.template("/admin/dlq/{consumer}/messages/{messageId}")
                .matcher("/admin/dlq/email/messages/m-1").matches()).isTrue();
        assertThat(AllowedMethods.template("/products/{sku: [A-Z0-9-]+}").matcher("/products/MUG-001").matches())
                .isTrue();
    }
}
