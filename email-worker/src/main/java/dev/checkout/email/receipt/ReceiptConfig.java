package dev.checkout.email.receipt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the PDF receipt says about the seller; every entry can be overridden by an environment variable. */
@ConfigMapping(prefix = "receipt")
public interface ReceiptConfig {

    /** The shop's name, the receipt's heading and its PDF author (RECEIPT_SHOP_NAME). */
    @WithDefault("Checkout")
    String shopName();
}
