package dev.checkout.order.api;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.function.UnaryOperator;

/**
 * Brings a result back onto the Vert.x context of the code that asked for it. Hibernate Reactive keeps a request's
 * session on that context: a result delivered elsewhere (a cached answer first computed for another request, a
 * fault-tolerance timer) would otherwise carry on with another request's session, or none.
 */
public final class CallerContext {

    private CallerContext() {
    }

    /** Use as {@code uni.plug(CallerContext.resume())}, while assembling on the caller's context. */
    public static <T> UnaryOperator<Uni<T>> resume() {
        Context caller = Vertx.currentContext();
        return uni -> caller == null ? uni : uni.emitOn(task -> caller.runOnContext(ignored -> task.run()));
    }
}
