package dev.checkout.fulfilment.simulator;

import jakarta.ws.rs.NotFoundException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** With the simulator off (prod), its endpoints answer 404 as if they did not exist, whatever the request. */
class SimulatorSwitch {

    private final SimulatorConfig config;

    SimulatorSwitch(SimulatorConfig config) {
        this.config = config;
    }

    @ServerRequestFilter
    @Simulated
    void refuseWhenOff() {
        if (!config.enabled()) {
            throw new NotFoundException();
        }
    }
}
