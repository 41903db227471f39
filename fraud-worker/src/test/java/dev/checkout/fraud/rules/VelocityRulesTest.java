package dev.checkout.fraud.rules;

import org.junit.jupiter.api.Test;

import static dev.checkout.fraud.rules.AnOrder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

class VelocityRulesTest {

    private final CustomerVelocity.Settings customer = ShippedSettings.of(CustomerVelocity.Settings.class);
    private final EmailVelocity.Settings email = ShippedSettings.of(EmailVelocity.Settings.class);
    private final CardVelocity.Settings card = ShippedSettings.of(CardVelocity.Settings.class);

    @Test
    void customerVelocityFiresAtTheNthOrderInTheWindow() {
        CustomerVelocity rule = new CustomerVelocity(customer);
        int n = customer.orders();

        assertThat(rule.evaluate(anOrder().build(), new History(n, 1, 1, n - 1))).hasValue(new RiskSignal(
                "customer-velocity", n + " orders from customer cus_1 within 1h (threshold " + n + ")",
                customer.weight()));
        assertThat(rule.evaluate(anOrder().build(), new History(n - 1, 1, 1, n - 2))).isEmpty();
    }

    @Test
    void emailVelocityFiresAtTheNthOrderFromOneMailbox() {
        EmailVelocity rule = new EmailVelocity(email);
        int n = email.orders();

        assertThat(rule.evaluate(anOrder().email("Ada+shop@Example.com").build(), new History(1, n, 1, 0)))
                .hasValue(new RiskSignal("email-velocity",
                        n + " orders from ada@example.com within 1h (threshold " + n + ")", email.weight()));
        assertThat(rule.evaluate(anOrder().build(), new History(1, n - 1, 1, 0))).isEmpty();
    }

    @Test
    void cardVelocityFiresAtTheNthOrderWithOneCard() {
        CardVelocity rule = new CardVelocity(card);
        int n = card.orders();

        assertThat(rule.evaluate(anOrder().card("0005", "GB").build(), new History(1, 1, n, 0)))
                .hasValue(new RiskSignal("card-velocity",
                        n + " orders with card *0005 (GB) within 1h (threshold " + n + ")", card.weight()));
        assertThat(rule.evaluate(anOrder().build(), new History(1, 1, n - 1, 0))).isEmpty();
    }

    @Test
    void aCountThatReachedTheCapSaysSo() {
        CardVelocity rule = new CardVelocity(card);

        assertThat(rule.evaluate(anOrder().card("0005", "GB").build(), new History(1, 1, History.COUNT_CAP, 0)))
                .hasValue(new RiskSignal("card-velocity", History.COUNT_CAP + " or more orders with card *0005 (GB)"
                        + " within 1h (threshold " + card.orders() + ")", card.weight()));
    }
}
