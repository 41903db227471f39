package dev.checkout.fulfilment.shipment;

import dev.checkout.problem.ProblemException;

/** No shipment with that id that the caller may see (another customer's is not found either). */
final class ShipmentNotFound extends ProblemException {

    ShipmentNotFound(String id) {
        super(404, "shipment_not_found", "Shipment not found", "No shipment " + id + ".");
    }
}
