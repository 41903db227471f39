package dev.checkout.order.payment.simulator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestCardTest {

    @Test
    void tokensBehaveLikeTheWellKnownProvidersTestCards() {
        assertThat(TestCard.forToken("tok_visa").declineCode()).isEmpty();
        assertThat(TestCard.forToken("tok_visa").card().country()).isEqualTo("US");
        assertThat(TestCard.forToken("tok_visa_gb").card().country()).isEqualTo("GB");
        assertThat(TestCard.forToken("tok_visa_gb").card().last4()).isEqualTo("4242");
        assertThat(TestCard.forToken("tok_visa_de_1234").card()).satisfies(card -> {
            assertThat(card.country()).isEqualTo("DE");
            assertThat(card.last4()).isEqualTo("1234");
        });
        assertThat(TestCard.forToken("tok_visa_de_123").declineCode()).contains("invalid_token");
        assertThat(TestCard.forToken("tok_chargeDeclined").declineCode()).contains("generic_decline");
        assertThat(TestCard.forToken("tok_insufficientFunds").declineCode()).contains("insufficient_funds");
        assertThat(TestCard.forToken("tok_expiredCard").declineCode()).contains("expired_card");
        assertThat(TestCard.forToken("tok_visa_germany").declineCode()).contains("invalid_token");
    }
}
