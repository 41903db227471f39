package dev.checkout.order.idempotency;

import dev.checkout.problem.ProblemException;
import dev.checkout.problem.ProblemResponses;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;
import java.util.function.Function;

/**
 * {@code Idempotency-Key} semantics after the IETF draft and Stripe. The first request with a key holds it while it
 * runs; a final answer (success, decline, out of stock) is kept and replayed to every later request with the same
 * key and body; an answer that invites a retry (503, a failure on our side) is not kept, and the retry carries on
 * where the first request stopped. The same key with another body is refused (422), and so is a request while
 * another with its key is still running (409).
 */
@ApplicationScoped
public class IdempotentRequests {

    // A new key, or one past its retention that no request holds, is claimed afresh in one statement.
    private static final String CLAIM = """
            insert into idempotency_record (idempotency_key, request_id, fingerprint, locked_until, expires_at)
            values ($1, $2, $3, now() + $4 * interval '1 millisecond', now() + $5 * interval '1 millisecond')
            on conflict (idempotency_key) do update
               set request_id = excluded.request_id, fingerprint = excluded.fingerprint,
                   locked_until = excluded.locked_until, expires_at = excluded.expires_at, created_at = now(),
                   response_status = null, response_content_type = null, response_location = null,
                   response_body = null
             where idempotency_record.expires_at < now()
               and (idempotency_record.locked_until is null or idempotency_record.locked_until < now())""";

    // Takes over a key whose earlier request ended without a final answer, or whose lease ran out.
    private static final String TAKE_OVER = """
            update idempotency_record set locked_until = now() + $3 * interval '1 millisecond'
             where idempotency_key = $1 and fingerprint = $2 and response_status is null
               and (locked_until is null or locked_until < now())
            returning request_id""";

    private static final String SELECT = """
            select fingerprint, response_status, response_content_type, response_location, response_body
              from idempotency_record where idempotency_key = $1""";

    private static final String SAVE = """
            update idempotency_record
               set response_status = $2, response_content_type = $3, response_location = $4, response_body = $5,
                   locked_until = null
             where idempotency_key = $1""";

    private static final String UNLOCK = "update idempotency_record set locked_until = null where idempotency_key = $1";

    private static final String DELETE_EXPIRED = """
            delete from idempotency_record where expires_at < now() and (locked_until is null or locked_until < now())""";

    private final Pool pool;
    private final ProblemResponses problems;
    private final IdempotencyConfig config;

    IdempotentRequests(Pool pool, ProblemResponses problems, IdempotencyConfig config) {
        this.pool = pool;
        this.problems = problems;
        this.config = config;
    }

    /**
     * Runs {@code work} once per key, or replays its kept answer. {@code work} gets the request's stable id, the same
     * for every retry with this key, so it can find what an earlier attempt left.
     */
    public Uni<SavedResponse> run(IdempotencyKey key, String fingerprint,
                                  Function<RequestId, Uni<SavedResponse>> work) {
        return claim(key, fingerprint).chain(claim -> claim.replay() != null
                ? Uni.createFrom().item(claim.replay())
                : work.apply(claim.requestId())
                        .call(response -> save(key, response))
                        .onFailure().call(failure -> failure instanceof ProblemException problem && problem.isFinal()
                                ? save(key, SavedResponse.of(problems.of(problem)))
                                : pool.preparedQuery(UNLOCK).execute(Tuple.of(key.value()))));
    }

    /** Deletes keys past their retention; returns how many. */
    public Uni<Integer> deleteExpired() {
        return pool.query(DELETE_EXPIRED).execute().map(RowSet::rowCount);
    }

    private record Claim(RequestId requestId, SavedResponse replay) {
    }

    private Uni<Claim> claim(IdempotencyKey key, String fingerprint) {
        UUID requestId = UUID.randomUUID();
        return pool.preparedQuery(CLAIM).execute(Tuple.of(key.value(), requestId, fingerprint,
                        config.lease().toMillis(), config.retention().toMillis()))
                .chain(claimed -> claimed.rowCount() == 1
                        ? Uni.createFrom().item(new Claim(new RequestId(requestId, false), null))
                        : takeOver(key, fingerprint));
    }

    private Uni<Claim> takeOver(IdempotencyKey key, String fingerprint) {
        return pool.preparedQuery(TAKE_OVER).execute(Tuple.of(key.value(), fingerprint, config.lease().toMillis()))
                .chain(taken -> taken.rowCount() == 1
                        ? Uni.createFrom().item(new Claim(
                                new RequestId(taken.iterator().next().getUUID("request_id"), true), null))
                        : pool.preparedQuery(SELECT).execute(Tuple.of(key.value())).map(found -> existing(found, fingerprint)));
    }

    private static Claim existing(RowSet<Row> found, String fingerprint) {
        if (found.rowCount() == 0) {
            // Expired and deleted a moment ago; the client's retry will find the key free.
            throw new IdempotencyKeyInUse();
        }
        Row row = found.iterator().next();
        if (!row.getString("fingerprint").equals(fingerprint)) {
            throw new IdempotencyKeyReused();
        }
        if (row.getInteger("response_status") == null) {
            throw new IdempotencyKeyInUse();
        }
        return new Claim(null, new SavedResponse(row.getInteger("response_status"),
                row.getString("response_content_type"), row.getString("response_location"),
                row.getString("response_body")));
    }

    private Uni<Void> save(IdempotencyKey key, SavedResponse response) {
        return pool.preparedQuery(SAVE).execute(Tuple.of(key.value(), response.status(), response.contentType(),
                response.location(), response.body())).replaceWithVoid();
    }
}
