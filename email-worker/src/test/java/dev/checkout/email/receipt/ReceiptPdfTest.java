package dev.checkout.email.receipt;

import dev.checkout.email.order.OrderPlaced;
import dev.checkout.email.support.OrderPlacedExamples;
import dev.checkout.email.support.OrderPlacedExamples.Example;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The receipt as a shopper reads it, and as bytes: the same order always renders to the same file. */
class ReceiptPdfTest {

    private final ReceiptPdf pdf = new ReceiptPdf(() -> "Checkout");

    @Test
    void showsTheShopTheOrderItsDateLinesTotalCardAndAddress() throws IOException {
        Example example = OrderPlacedExamples.twoLines();

        String text = text(pdf.render(placed(example)));

        assertThat(text).contains("Checkout\n", "Receipt\n", "Order: " + example.orderId(),
                "Date: 14 March 2025, 09:26 UTC", "Paid by card ending in 4242",
                "Jana Schneider\nBergmannstraße 12\n3. OG links\n10961 Berlin\nGermany",
                "Ceramic mug, 350 ml (MUG-CER-350) 2 €12.99 €25.98",
                "Sencha green tea, 100 g (TEA-SEN-100) 1 €58.99 €58.99",
                "Total €84.97");
    }

    @Test
    void datesTheOrderInUtcWhateverOffsetItsEventCarries() throws IOException {
        Example example = OrderPlacedExamples.valid().stream()
                .filter(e -> e.name().equals("valid-free-single-line-card-abroad.json")).findFirst().orElseThrow();

        byte[] receipt = pdf.render(placed(example));

        assertThat(text(receipt)).contains("Date: 14 March 2025, 22:59 UTC", "Siobhán O'Brien",
                "Paid by card ending in 0005");
        try (PDDocument document = Loader.loadPDF(receipt)) {
            Calendar created = document.getDocumentInformation().getCreationDate();
            assertThat(created.toInstant()).isEqualTo(placed(example).occurredAt());
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Receipt for order " + example.orderId());
        }
    }

    @Test
    void rendersTheSameOrderToTheSameBytesAndAnotherOrderToOtherBytes() {
        Example example = OrderPlacedExamples.twoLines();
        Example otherOrder = OrderPlacedExamples.twoLines();

        byte[] first = pdf.render(placed(example));
        byte[] again = new ReceiptPdf(() -> "Checkout").render(placed(example));

        assertThat(again).isEqualTo(first);
        assertThat(pdf.render(placed(otherOrder))).isNotEqualTo(first);
    }

    /** The renderer keeps parsed fonts for later receipts: nothing of one receipt may show in another. */
    @Test
    void rendersEachOrderAloneWhateverItRendersBeforeOrAtTheSameTime() throws Exception {
        List<OrderPlaced> orders = OrderPlacedExamples.valid().stream().map(ReceiptPdfTest::placed).toList();
        Map<OrderPlaced, byte[]> alone = orders.stream()
                .collect(Collectors.toMap(order -> order, order -> new ReceiptPdf(() -> "Checkout").render(order)));

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> renders = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                orders.forEach(order -> renders.add(() -> Arrays.equals(pdf.render(order), alone.get(order))));
            }
            assertThat(threads.invokeAll(renders)).allSatisfy(same -> assertThat(same.get()).isTrue());
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void namesTheFileAfterTheOrderRatherThanTheClock() throws IOException {
        Example example = OrderPlacedExamples.twoLines();

        try (PDDocument document = Loader.loadPDF(pdf.render(placed(example)))) {
            COSArray ids = document.getDocument().getTrailer().getCOSArray(COSName.ID);
            byte[] fileId = ((COSString) ids.getObject(0)).getBytes();
            assertThat(((COSString) ids.getObject(1)).getBytes()).isEqualTo(fileId);
            UUID orderId = example.orderId();
            assertThat(ByteBuffer.wrap(fileId).getLong()).isEqualTo(orderId.getMostSignificantBits());
            assertThat(ByteBuffer.wrap(fileId, 8, 8).getLong()).isEqualTo(orderId.getLeastSignificantBits());
        }
    }

    @Test
    void continuesALongOrderOnFurtherPagesWithEveryLine() throws IOException {
        Example example = OrderPlacedExamples.twoLines();
        JsonArray lines = new JsonArray();
        for (int i = 1; i <= 100; i++) {
            lines.add(new JsonObject().put("sku", "SKU-" + i).put("name", "Item number " + i + " with a name long "
                            + "enough to need a second line in the item column of the receipt")
                    .put("quantity", 1).put("unitPriceMinor", 100).put("lineTotalMinor", 100));
        }
        example.order().put("lines", lines).put("totalMinor", 10000);

        byte[] receipt = pdf.render(placed(example));

        try (PDDocument document = Loader.loadPDF(receipt)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
        }
        String text = text(receipt).replace("\n", " ");
        for (int i = 1; i <= 100; i++) {
            assertThat(text).contains("Item number " + i + " with", "(SKU-" + i + ")");
        }
        assertThat(text).contains("Total €100.00");
    }

    @Test
    void printsAQuestionMarkForACharacterTheFontLacksInsteadOfFailing() throws IOException {
        Example example = OrderPlacedExamples.twoLines();
        example.order().getJsonObject("customer").put("name", "王小明 Wang\tXiaoming");

        String text = text(pdf.render(placed(example)));

        assertThat(text).contains("??? Wang Xiaoming");
        assertThat(asPrinted("王小明 Wang\tXiaoming 🙂 Zoë")).isEqualTo("??? Wang Xiaoming ? Zoë");
    }

    private static OrderPlaced placed(Example example) {
        return example.document().mapTo(OrderPlaced.class);
    }

    /**
     * The text as the receipt can print it: whitespace as a space, and each character that Liberation Sans, the
     * receipt's font, has no glyph for (CJK, emoji) as "?". The font's own character map decides, not the renderer.
     */
    static String asPrinted(String text) throws IOException {
        try (InputStream file = ReceiptPdfTest.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf");
             TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file))) {
            var glyphs = font.getUnicodeCmapLookup();
            StringBuilder printed = new StringBuilder();
            text.codePoints().forEach(codePoint -> printed.append(Character.isWhitespace(codePoint) ? " "
                    : glyphs.getGlyphId(codePoint) > 0 ? Character.toString(codePoint) : "?"));
            return printed.toString();
        }
    }

    static String text(byte[] receipt) throws IOException {
        try (PDDocument document = Loader.loadPDF(receipt)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }
}
