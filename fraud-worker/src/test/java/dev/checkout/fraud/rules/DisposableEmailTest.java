package dev.checkout.fraud.rules;

import org.junit.jupiter.api.Test;

import static dev.checkout.fraud.rules.AnOrder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

/** Against the list the service ships. */
class DisposableEmailTest {

    private static final History QUIET = new History(1, 1, 1, 3);

    private final DisposableEmail.Settings settings = ShippedSettings.of(DisposableEmail.Settings.class);
    private final DisposableEmail rule = new DisposableEmail(settings, new DisposableEmailDomains());

    @Test
    void firesForAListedDomainInAnyCase() {
        assertThat(rule.evaluate(anOrder().email("Eve@MAILINATOR.com").build(), QUIET)).hasValue(new RiskSignal(
                "disposable-email", "email domain mailinator.com is a disposable email provider", settings.weight()));
    }

    @Test
    void firesForASubdomainOfAListedDomain() {
        assertThat(rule.evaluate(anOrder().email("eve@inbox.yopmail.com").build(), QUIET)).hasValueSatisfying(
                signal -> assertThat(signal.detail()).isEqualTo(
                        "email domain inbox.yopmail.com (under yopmail.com) is a disposable email provider"));
    }

    @Test
    void doesNotFireForOtherDomains() {
        assertThat(rule.evaluate(anOrder().email("ada@example.com").build(), QUIET)).isEmpty();
        assertThat(rule.evaluate(anOrder().email("ada@themailinator.com").build(), QUIET)).isEmpty();
    }
}
