package dev.checkout.fulfilment.warehouse;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** The warehouse's shipment API (v1), as the worker and the embedded simulator speak it. */
public final class WarehouseApi {

    /** The warehouse's answer when it refuses an address for good (HTTP 422). */
    public static final String ADDRESS_REFUSED = "address_refused";

    private WarehouseApi() {
    }

    /** {@code POST /warehouse/v1/shipments}, with the order id as {@code Idempotency-Key}. */
    public record ShipmentRequest(String orderId, Address address, List<Item> items) {
    }

    public record Address(String line1, String line2, String city, String postalCode, String country) {
    }

    public record Item(String sku, String name, int quantity) {
    }

    /** 201 (or 200 for a key seen before, with the first answer's reference). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ShipmentAccepted(String reference, String orderId) {
    }

    /** A refusal's problem document: {@code code} says why. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Refusal(String code, String detail) {
    }
}
