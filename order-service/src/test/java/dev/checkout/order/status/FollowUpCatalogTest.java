package dev.checkout.order.status;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.checkout.order.status.Outcomes.definition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The follow-ups and what each outcome event means come from order-status.follow-ups alone. */
class FollowUpCatalogTest {

    private static final FollowUpCatalog CATALOG = new FollowUpCatalog(List.of(
            definition("email", List.of("email.sent"), List.of("email.failed"), List.of()),
            definition("fulfilment", List.of("fulfilment.requested"), List.of("fulfilment.failed"),
                    List.of("fulfilment.held"))));

    @Test
    void namesTheFollowUpsInTheConfiguredOrder() {
        assertThat(CATALOG.names()).containsExactly("email", "fulfilment");
    }

    @Test
    void tellsWhichFollowUpEachOutcomeMovesAndToWhichState() {
        assertThat(CATALOG.meaningOf("fulfilment.requested"))
                .contains(new FollowUpCatalog.Meaning("fulfilment", FollowUpState.DONE));
        assertThat(CATALOG.meaningOf("fulfilment.held"))
                .contains(new FollowUpCatalog.Meaning("fulfilment", FollowUpState.HELD));
        assertThat(CATALOG.meaningOf("email.failed"))
                .contains(new FollowUpCatalog.Meaning("email", FollowUpState.FAILED));
        assertThat(CATALOG.meaningOf("fraud.assessed")).isEmpty();
        assertThat(CATALOG.outcomeTypes()).containsExactlyInAnyOrder("email.sent", "email.failed",
                "fulfilment.requested", "fulfilment.failed", "fulfilment.held");
    }

    @Test
    void refusesAFollowUpNamedTwiceOrAnOutcomeWithTwoMeanings() {
        assertThatThrownBy(() -> new FollowUpCatalog(List.of(
                definition("email", List.of("email.sent"), List.of(), List.of()),
                definition("email", List.of("email.resent"), List.of(), List.of()))))
                .hasMessageContaining("names email twice");
        assertThatThrownBy(() -> new FollowUpCatalog(List.of(
                definition("email", List.of("email.sent"), List.of(), List.of()),
                definition("audit", List.of("email.sent"), List.of(), List.of()))))
                .hasMessageContaining("email.sent two meanings");
    }
}
