package dev.checkout.email.receipt;

import dev.checkout.email.order.OrderPlaced;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The stored receipts. Everything here joins the caller's transaction. */
@ApplicationScoped
public class Receipts implements PanacheRepositoryBase<Receipt, UUID> {

    private final ReceiptPdf pdf;
    private final Vertx vertx;

    Receipts(ReceiptPdf pdf, Vertx vertx) {
        this.pdf = pdf;
        this.vertx = vertx;
    }

    /**
     * The order's receipt: the stored one if there is one, else rendered and stored now. Call it holding the order's
     * lock (the email's), so that two events of one order cannot both store one.
     */
    public Uni<Receipt> storeOnce(OrderPlaced placed) {
        UUID orderId = placed.order().orderId();
        return findById(orderId).onItem().ifNull().switchTo(() -> vertx
                // Rendering is CPU work (font subsetting, compression): a worker thread, back on this context after.
                .executeBlocking(Uni.createFrom().item(() -> pdf.render(placed)))
                .chain(bytes -> persistAndFlush(new Receipt(orderId, bytes))));
    }
}
