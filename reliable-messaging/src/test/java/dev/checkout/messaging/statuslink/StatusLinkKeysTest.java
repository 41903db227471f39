package dev.checkout.messaging.statuslink;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatusLinkKeysTest {

    private static final String KEY_A = "a:" + secret('A');
    private static final String KEY_B = "b:" + secret('B');
    private static final UUID ORDER = UUID.fromString("0b1c6f1e-8f5b-4b43-9a57-3f0a4c1d2e10");
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final StatusLinkKeys keys = new StatusLinkKeys(KEY_A, Optional.empty());

    @Test
    void aTokenReadsItsOrderUntilItExpires() {
        String token = keys.sign(ORDER, NOW.plus(Duration.ofDays(30)));

        assertThat(StatusLinkKeys.looksSigned(token)).isTrue();
        assertThat(keys.admits(ORDER, token, NOW)).isTrue();
        assertThat(keys.admits(ORDER, token, NOW.plus(Duration.ofDays(30)))).isFalse();
        assertThat(keys.admits(UUID.randomUUID(), token, NOW)).isFalse();
    }

    @Test
    void aChangedExpiryOrSignatureReadsNothing() {
        String token = keys.sign(ORDER, NOW.plusSeconds(60));
        String[] parts = token.split("\\.");

        assertThat(keys.admits(ORDER, String.join(".", parts[0], parts[1], "99999999999", parts[3]), NOW)).isFalse();
        assertThat(keys.admits(ORDER, token.substring(0, token.length() - 1)
                + (token.endsWith("A") ? "B" : "A"), NOW)).isFalse();
        assertThat(keys.admits(ORDER, "v1.a.notanumber." + parts[3], NOW)).isFalse();
        assertThat(keys.admits(ORDER, "v1.a." + parts[2], NOW)).isFalse();
        assertThat(keys.admits(ORDER, "v2" + token.substring(2), NOW)).isFalse();
    }

    @Test
    void duringARotationTheNewKeySignsAndTheOldOneStillVerifies() {
        String signedBefore = keys.sign(ORDER, NOW.plusSeconds(60));
        StatusLinkKeys rotated = new StatusLinkKeys(KEY_B, Optional.of(KEY_A));
        StatusLinkKeys afterRotation = new StatusLinkKeys(KEY_B, Optional.empty());

        assertThat(rotated.admits(ORDER, signedBefore, NOW)).isTrue();
        assertThat(rotated.sign(ORDER, NOW.plusSeconds(60))).startsWith("v1.b.");
        assertThat(afterRotation.admits(ORDER, signedBefore, NOW)).isFalse();
    }

    @Test
    void anotherKeysTokenWithTheSameIdReadsNothing() {
        StatusLinkKeys other = new StatusLinkKeys("a:" + secret('Z'), Optional.empty());

        assertThat(keys.admits(ORDER, other.sign(ORDER, NOW.plusSeconds(60)), NOW)).isFalse();
    }

    @Test
    void aMalformedOrWeakKeyIsRefusedWithoutShowingItsSecret() {
        assertThatThrownBy(() -> new StatusLinkKeys(secret('A'), Optional.empty()))
                .hasMessageContaining("<id>:<base64 secret>");
        assertThatThrownBy(() -> new StatusLinkKeys("a:" + Base64.getEncoder().encodeToString(new byte[16]),
                Optional.empty())).hasMessageContaining("16 bytes");
        assertThatThrownBy(() -> new StatusLinkKeys("a:%%%", Optional.empty()))
                .hasMessageContaining("not base64").hasMessageNotContaining("%%%");
        assertThatThrownBy(() -> new StatusLinkKeys(KEY_A, Optional.of("a:" + secret('C'))))
                .hasMessageContaining("current key's id");
    }

    private static String secret(char fill) {
        return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes());
    }
}
