package dev.checkout.email.order;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyFormatTest {

    @Test
    void usesTheCurrencysSymbolAndDecimals() {
        assertThat(MoneyFormat.format(8497, "EUR")).isEqualTo("€84.97");
        assertThat(MoneyFormat.format(0, "GBP")).isEqualTo("£0.00");
        assertThat(MoneyFormat.format(123456789, "USD")).isEqualTo("$1,234,567.89");
        assertThat(MoneyFormat.format(1500, "JPY")).isEqualTo("¥1,500");
        assertThat(MoneyFormat.format(1500, "KWD")).isEqualTo("KWD 1.500");
    }

    @Test
    void separatesACurrencyCodeFromTheAmount() {
        assertThat(MoneyFormat.format(1200, "CHF")).isEqualTo("CHF 12.00");
    }

    @Test
    void showsACurrencyItDoesNotKnowByItsCodeWithTwoDecimals() {
        assertThat(MoneyFormat.format(4200, "ZZZ")).isEqualTo("ZZZ 42.00");
        // ISO 4217's "no currency" has no decimals of its own.
        assertThat(MoneyFormat.format(4200, "XXX")).isEqualTo("¤42.00");
    }
}
