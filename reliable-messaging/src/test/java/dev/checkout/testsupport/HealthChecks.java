package dev.checkout.testsupport;

import dev.checkout.messaging.broker.BrokerHealthCheck;

/** The names under which the readiness checks report, as a client of /q/health sees them. */
final class HealthChecks {

    static final String DATABASE = "Database connections health check";
    static final String REACTIVE_DATABASE = "Reactive PostgreSQL connections health check";
    static final String BROKER = BrokerHealthCheck.NAME;

    private HealthChecks() {
    }
}
