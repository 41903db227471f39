package dev.checkout.messaging.database;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Work that must wait until a transaction has committed, such as waking whoever reads what it wrote: before the
 * commit they would not see it, and after a rollback there is nothing to see. It replaces {@code NOTIFY} from
 * triggers, which PostgreSQL delivers at commit but pays for by serialising the commits, WAL flush included, of every
 * transaction that notifies.
 * <p>
 * A SQL client transaction tells when it commits. A Hibernate Reactive transaction does not: work registered inside
 * one runs only if the transaction was opened with {@link #withTransaction}; anywhere else it is dropped, so what is
 * registered here must be a hint that a timer also covers, never the only way something happens.
 */
public final class AfterCommit {

    private static final String ACTIONS = AfterCommit.class.getName();

    private AfterCommit() {
    }

    /** Runs {@code action} once the transaction open on {@code connection} commits (at once if none is open). */
    public static void run(SqlConnection connection, Runnable action) {
        Transaction transaction = connection.transaction();
        if (transaction == null) {
            action.run();
        } else {
            transaction.completion().subscribe().with(committed -> action.run(), rolledBack -> { });
        }
    }

    /** Runs {@code action} once the Hibernate transaction of this Vert.x context commits, if it is one of ours. */
    public static void run(Runnable action) {
        Context context = Vertx.currentContext();
        if (context != null) {
            List<Runnable> actions = context.getLocal(ACTIONS);
            if (actions != null) {
                actions.add(action);
            }
        }
    }

    /** {@link Panache#withTransaction}, running what was registered in it once it has committed. */
    public static <T> Uni<T> withTransaction(Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            Context context = Vertx.currentContext();
            if (context == null || context.getLocal(ACTIONS) != null) {
                // No context to keep them on, or a transaction of ours is open already and this one joins it.
                return Panache.withTransaction(work);
            }
            List<Runnable> actions = new ArrayList<>();
            context.putLocal(ACTIONS, actions);
            return Panache.withTransaction(work)
                    .invoke(() -> actions.forEach(Runnable::run))
                    .eventually(() -> {
                        context.removeLocal(ACTIONS);
                    });
        });
    }
}
