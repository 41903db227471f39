package dev.checkout.email.confirmation;

import java.util.List;

/** What the confirmation templates show, already formatted: names, amounts with their currency, the address. */
public record Confirmation(String customerName, String orderId, List<Line> lines, String total,
                           List<String> shippingAddress, String statusUrl) {

    public record Line(String name, String sku, int quantity, String unitPrice, String lineTotal) {
    }
}
