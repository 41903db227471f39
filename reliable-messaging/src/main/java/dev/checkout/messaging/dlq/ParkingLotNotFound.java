package dev.checkout.messaging.dlq;

import dev.checkout.problem.ProblemException;

/** The service runs no consumer of that name, so it has no such parking lot. */
final class ParkingLotNotFound extends ProblemException {

    ParkingLotNotFound(String consumer) {
        super(404, "parking_lot_not_found", "Parking lot not found", "This service has no consumer named " + consumer);
    }
}
