package dev.checkout.fraud.rules;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** An email address at a disposable (throw-away) email provider. */
@ApplicationScoped
public class DisposableEmail implements FraudRule {

    public static final String NAME = "disposable-email";

    @ConfigMapping(prefix = "fraud.rules.disposable-email")
    public interface Settings {

        int weight();
    }

    private final Settings settings;
    private final DisposableEmailDomains domains;

    DisposableEmail(Settings settings, DisposableEmailDomains domains) {
        this.settings = settings;
        this.domains = domains;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<RiskSignal> evaluate(OrderFacts order, History history) {
        String domain = order.emailDomain();
        return domains.listed(domain).map(listed -> new RiskSignal(NAME, "email domain " + domain
                + (listed.equals(domain) ? "" : " (under " + listed + ")") + " is a disposable email provider",
                settings.weight()));
    }
}
