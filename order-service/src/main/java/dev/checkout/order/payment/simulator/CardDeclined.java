package dev.checkout.order.payment.simulator;

import dev.checkout.problem.ProblemException;
import dev.checkout.order.payment.ProviderApi;

import java.util.Map;

/** The simulator's answer to a declined card: 402 with the charge and the reason, as providers answer. */
final class CardDeclined extends ProblemException {

    private final ProviderApi.Charge charge;

    CardDeclined(ProviderApi.Charge charge) {
        super(402, ProviderApi.CARD_DECLINED, "Card declined", "The card was declined: " + charge.declineCode() + ".");
        this.charge = charge;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("declineCode", charge.declineCode(), "chargeId", charge.id());
    }
}
