# ./suite bench: measures the running suite under load. Sourced by ./suite, whose helpers it uses (say, info, die,
# start_service, stop_service, wait_ready, running_pid, SERVICES). Everything targets 127.0.0.1, every load step is
# bounded in time, and the whole run stops by itself (about 15 minutes with the defaults). What it measures and how
# to read it: bench/README.md.

BENCH_DIR="$ROOT/bench"
BENCH_SECONDS="${BENCH_SECONDS:-60}"          # each measured load step
BENCH_WARMUP_SECONDS="${BENCH_WARMUP_SECONDS:-240}"
BENCH_DRAIN_SECONDS="${BENCH_DRAIN_SECONDS:-120}"  # how long the backlog of checkout alone is watched
BENCH_CLIENTS="${BENCH_CLIENTS:-4 16 64 256}"  # the checkout-alone steps
BENCH_SKU="${BENCH_SKU:-BENCH-001}"
BENCH_HISTORY_ORDERS="${BENCH_HISTORY_ORDERS:-100000}"  # orders in the tables before the five-minute run (0: skip it)
BENCH_HISTORY_MINUTES="${BENCH_HISTORY_MINUTES:-5}"
BENCH_OUT="$RUN/bench"
CLK_TCK=$(getconf CLK_TCK)
WORKERS=(email-worker fraud-worker analytics-worker fulfilment-worker)

bench_require() {
  command -v wrk >/dev/null || {
    can_install || die "wrk is missing: apt-get install wrk"
    say "Installing wrk with apt"
    step "apt-get install wrk" apt-wrk.log bash -c "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk"
  }
  command -v pgbench >/dev/null || die "pgbench is missing (it comes with PostgreSQL: apt-get install postgresql-contrib)"
  command -v python3 >/dev/null || die "the benchmark needs python3 to read the management API"
  [ "$(psql_admin -c 'show autovacuum')" = on ] \
    || die "autovacuum is off on this PostgreSQL server: figures would decay with every order (./suite up turns it on)"
  local name port user
  for entry in "${SERVICES[@]}"; do
    read -r name port user <<<"$entry"
    [ "$(health "$port" ready)" = UP ] || die "$name is not ready on port $port: run ./suite up first"
  done
}

# Total CPU ticks (user + system) of the given pids, children excluded.
cpu_ticks() {
  local total=0 pid fields
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] || continue
    fields=$(sed 's/^.*) //' "/proc/$pid/stat")
    total=$((total + $(echo "$fields" | awk '{print $12 + $13}')))
  done
  echo "$total"
}

postgres_pids() { pgrep -u postgres -d ' ' postgres || true; }
rabbit_pids() { pgrep -d ' ' beam.smp || true; }

# "name=ticks ..." for every measured process group, in a fixed order.
cpu_snapshot() {
  local name port user out=""
  for entry in "${SERVICES[@]}"; do
    read -r name port user <<<"$entry"
    out+="$name=$(cpu_ticks $(running_pid "$name" || true)) "
  done
  out+="postgres=$(cpu_ticks $(postgres_pids)) rabbitmq=$(cpu_ticks $(rabbit_pids))"
  out+=" smtp-sink=$(cpu_ticks $(running_pid greenmail || true))"
  echo "$out"
}

# Samples every queue's depth each second into $1 until the file $2 disappears.
sample_queues() {
  local out="$1" flag="$2"
  : >"$out"
  while [ -f "$flag" ]; do
    curl -s --max-time 1 -u guest:guest "$RABBIT_MANAGEMENT_URL/api/queues/$RUNTIME_VHOST?columns=name,messages" \
      | python3 -c 'import json,sys,time; [print(int(time.time()), q["name"], q.get("messages") or 0) for q in json.load(sys.stdin)]' \
      >>"$out" 2>/dev/null || true
    sleep 1
  done
}

# Times /q/health/ready of order-service each second into $1 until the file $2 disappears.
sample_readiness() {
  local out="$1" flag="$2"
  : >"$out"
  while [ -f "$flag" ]; do
    curl -s -o /dev/null --max-time 5 -w '%{http_code} %{time_total}\n' "http://127.0.0.1:$(management_port 8080)/q/health/ready" >>"$out" || echo "000 5" >>"$out"
    sleep 1
  done
}

# One wrk step: label, clients, seconds. Prints the result line and records it with the CPU figures.
load_step() {
  local label="$1" clients="$2" seconds="$3" flag="$BENCH_OUT/sampling"
  local threads=$(( clients < 2 ? 1 : 2 ))
  touch "$flag"
  sample_queues "$BENCH_OUT/queues-$label-$clients.txt" "$flag" &
  local queues_pid=$!
  sample_readiness "$BENCH_OUT/ready-$label-$clients.txt" "$flag" &
  local ready_pid=$!
  local before after result
  before=$(cpu_snapshot)
  result=$(BENCH_SKU="$BENCH_SKU" wrk -t"$threads" -c"$clients" -d"${seconds}s" --timeout 10s --latency \
    -s "$BENCH_DIR/checkout.lua" http://127.0.0.1:8080 | grep '^RESULT')
  after=$(cpu_snapshot)
  rm -f "$flag"
  wait "$queues_pid" "$ready_pid" 2>/dev/null || true
  echo "$label $clients $result" >>"$BENCH_OUT/steps.txt"
  echo "$label $clients $before" >>"$BENCH_OUT/cpu-before.txt"
  echo "$label $clients $after" >>"$BENCH_OUT/cpu-after.txt"
  python3 "$BENCH_DIR/report.py" step "$BENCH_OUT" "$label" "$clients" "$CLK_TCK"
}

# "name depth" of each worker queue that holds messages ("management-api 1" while the API does not answer).
queue_depths() {
  curl -sf --max-time 2 -u guest:guest "$RABBIT_MANAGEMENT_URL/api/queues/$RUNTIME_VHOST?columns=name,messages" \
    | python3 -c 'import json,sys; [print(q["name"], q["messages"]) for q in json.load(sys.stdin) if (q.get("messages") or 0) > 0 and not q["name"].endswith((".dlq", ".parked", "unroutable"))]' 2>/dev/null \
    || echo "management-api 1"
}

# Seconds from the end of the load until every worker queue is empty (at most $1 seconds).
drain_time() {
  local limit="$1" started=$SECONDS depth
  while :; do
    depth=$(queue_depths | awk '{n += $2} END {print n + 0}')
    [ "$depth" = 0 ] && { echo $((SECONDS - started)); return; }
    [ $((SECONDS - started)) -ge "$limit" ] && { echo ">$limit (still $depth)"; return; }
    sleep 1
  done
}

# Watches the worker queues for $1 seconds (or until they are empty) and prints how fast each drained and how long
# the rest will take at that pace: the workers go on with it after the benchmark has ended.
drain_rates() {
  local seconds="$1" started=$SECONDS first last
  first=$(queue_depths)
  while [ $((SECONDS - started)) -lt "$seconds" ] && [ -n "$(queue_depths)" ]; do sleep 5; done
  last=$(queue_depths)
  python3 - "$((SECONDS - started))" "$first" "$last" <<'PY'
import sys
elapsed = max(int(sys.argv[1]), 1)
first, last = (dict(line.split() for line in text.splitlines()) for text in sys.argv[2:4])
for name, depth in sorted(first.items()):
    left = int(last.get(name, 0))
    rate = (int(depth) - left) / elapsed
    if left == 0:
        rest = "drained"
    elif rate > 0:
        rest = f"{left} left, about {left / rate / 60:.0f} min more at that pace"
    else:
        rest = f"{left} left"
    print(f"    {name:24} {int(depth):7} queued, drained at {rate:6.1f}/s over {elapsed} s: {rest}")
PY
}

# Seconds until a single normal order gets its 201 again.
back_to_normal() {
  local started=$SECONDS status
  while [ $((SECONDS - started)) -lt 30 ]; do
    status=$(curl -s -o /dev/null --max-time 5 -w '%{http_code}' -X POST http://127.0.0.1:8080/orders \
      -H 'content-type: application/json' -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" \
      -d "{\"customer\":{\"id\":\"bench-after\",\"email\":\"after@example.com\",\"name\":\"Bench\"},\"lines\":[{\"sku\":\"$BENCH_SKU\",\"quantity\":1}],\"shippingAddress\":{\"line1\":\"1 Main St\",\"city\":\"Berlin\",\"postalCode\":\"10115\",\"country\":\"DE\"},\"payment\":{\"token\":\"tok_visa\"}}")
    [ "$status" = 201 ] && { echo "$((SECONDS - started))"; return; }
    sleep 0.2
  done
  echo ">30"
}

# Milliseconds from launch until /q/health/ready answers UP, for a service started while nothing else starts.
start_alone() {
  local name="$1" port="$2" user="$3" started
  stop_service "$name" >/dev/null
  started=$(date +%s%N)
  start_service "$name" "$user" "$port" >/dev/null
  until [ "$(curl -s --max-time 1 "http://127.0.0.1:$(management_port "$port")/q/health/ready" | grep -o '"status" *: *"UP"' | head -n 1)" ]; do
    [ -n "$(running_pid "$name")" ] || die "$name exited during start; see $RUN/logs/$name.log"
    [ $(( ($(date +%s%N) - started) / 1000000000 )) -lt 90 ] || die "$name was not ready within 90 s"
    sleep 0.05
  done
  echo "$name $(( ($(date +%s%N) - started) / 1000000 ))" >>"$BENCH_OUT/start.txt"
}

# psql in a service's own database as its own user (whose password locally is its name), quiet, stopping at an error.
psql_as() {
  local user="$1"; shift
  PGPASSWORD="$user" PGOPTIONS="-c client_min_messages=error" \
    psql -h "$PG_HOST" -p "$PG_PORT" -U "$user" -d "$user" -qX -v ON_ERROR_STOP=1 "$@" >/dev/null
}

# Tops the tables up to $BENCH_HISTORY_ORDERS orders with copies of one finished benchmark order (bench/history.sql),
# in every service's database, as that service's user.
seed_history() {
  local have template salt started=$SECONDS name port user
  have=$(psql_admin -d orders -c "select count(*) from orders")
  [ "$have" -lt "$BENCH_HISTORY_ORDERS" ] || { info "the tables already hold $have orders"; return; }
  template=$(psql_admin -d orders -c "select order_id from order_timeline where follow_up is not null
    group by order_id having count(distinct follow_up) >= 4 and bool_and(state = 'DONE')
    order by max(recorded_at) desc limit 1")
  [ -n "$template" ] || die "no order has finished every follow-up yet to copy as history"
  salt=$(date +%s%N)  # one for every database: a copy's order id is the same in each
  for entry in "${SERVICES[@]}"; do
    read -r name port user <<<"$entry"
    psql_as "$user" -v n=$((BENCH_HISTORY_ORDERS - have)) -v salt="$salt" -v template="$template" \
      -f "$BENCH_DIR/history.sql"
  done
  info "added $((BENCH_HISTORY_ORDERS - have)) orders of history to the $have there were, in $((SECONDS - started)) s"
}

pgbench_step() {
  local clients="$1" seconds="$2"
  psql_as orders -f "$BENCH_DIR/pgbench-setup.sql"
  PGPASSWORD=orders pgbench -h "$PG_HOST" -p "$PG_PORT" -U orders -n -M prepared -c "$clients" -j 2 -T "$seconds" \
    -f "$BENCH_DIR/pgbench-checkout.sql" orders >"$BENCH_OUT/pgbench.txt" 2>&1 || {
      cat "$BENCH_OUT/pgbench.txt" >&2; die "pgbench failed"; }
  psql_as orders -c "drop schema bench cascade"
  echo "pgbench $clients $(grep -o 'tps = [0-9.]*' "$BENCH_OUT/pgbench.txt" | head -n 1 | cut -d' ' -f3) $(grep -o 'latency average = [0-9.]* ms' "$BENCH_OUT/pgbench.txt" | cut -d' ' -f4)" >>"$BENCH_OUT/steps.txt"
}

cmd_bench() {
  bench_require
  rm -rf "$BENCH_OUT"; mkdir -p "$BENCH_OUT"
  say "Benchmark of the running suite ($(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start)"
  # Changing the catalog takes the role catalog-admin: the demo user cat's.
  curl -sf -X PUT "http://127.0.0.1:8080/products/$BENCH_SKU" -H 'content-type: application/json' \
    -H "Authorization: Bearer $(access_token cat cat-password)" \
    -d '{"name":"Benchmark mug","priceMinor":1200,"currency":"EUR","stock":1000000000}' >/dev/null \
    || die "could not create the benchmark's product $BENCH_SKU"

  say "Start-to-ready of each service started alone"
  local name port user
  for entry in "${SERVICES[@]}"; do
    read -r name port user <<<"$entry"
    start_alone "$name" "$port" "$user"
  done
  python3 "$BENCH_DIR/report.py" start "$BENCH_OUT"

  # The start-to-ready step has just restarted every service: their JIT compilers take minutes of load before the
  # code runs at its steady speed (measured after 90 s, the whole suite ran at half the speed it had four minutes on).
  say "Warm-up: the whole suite, 16 clients for ${BENCH_WARMUP_SECONDS} s (not counted)"
  BENCH_SKU="$BENCH_SKU" wrk -t2 -c16 -d"${BENCH_WARMUP_SECONDS}s" --timeout 10s -s "$BENCH_DIR/checkout.lua" http://127.0.0.1:8080 >/dev/null
  info "queues drained $(drain_time 120) s after the warm-up"

  # Before checkout alone: that step queues far more than the workers handle in the minutes a benchmark can wait
  # (checkout runs several times faster than the whole suite), and a backlog would be measured with the suite.
  say "Whole suite: 16 clients, ${BENCH_SECONDS} s, every worker running"
  load_step suite 16 "$BENCH_SECONDS"
  info "every queue drained $(drain_time 120) s after the load"

  if [ "$BENCH_HISTORY_ORDERS" -gt 0 ]; then
    say "Whole suite after ${BENCH_HISTORY_ORDERS} orders: 16 clients, ${BENCH_HISTORY_MINUTES} minutes in a row"
    seed_history
    local minute
    for minute in $(seq "$BENCH_HISTORY_MINUTES"); do
      load_step "history-$minute" 16 60
    done
    info "every queue drained $(drain_time 120) s after the load"
  fi

  say "Checkout alone: the workers stopped, their queues filling; ${BENCH_SECONDS} s per step"
  for name in "${WORKERS[@]}"; do stop_service "$name" >/dev/null; done
  local clients
  for clients in $BENCH_CLIENTS; do
    load_step alone "$clients" "$BENCH_SECONDS"
  done
  info "normal again (a single order answered 201) $(back_to_normal) s after the last step"

  say "The checkout's own SQL through pgbench: 16 clients, ${BENCH_SECONDS} s"
  pgbench_step 16 "$BENCH_SECONDS"

  say "Workers started again on what checkout alone queued"
  # All at once, then wait: one at a time, the first ones took the CPU for their backlog and starved the last one's
  # start past wait_ready's deadline.
  local stopped=()
  for entry in "${SERVICES[@]}"; do
    read -r name port user <<<"$entry"
    [ -n "$(running_pid "$name")" ] || { start_service "$name" "$user" "$port" >/dev/null; stopped+=("$entry"); }
  done
  for entry in "${stopped[@]}"; do
    read -r name port user <<<"$entry"
    wait_ready "$name" "$port"
  done
  drain_rates "$BENCH_DRAIN_SECONDS"

  say "Summary"
  python3 "$BENCH_DIR/report.py" summary "$BENCH_OUT" "$CLK_TCK" \
    $(for entry in "${SERVICES[@]}"; do read -r name port user <<<"$entry"; echo "$name=$(running_pid "$name")"; done)
  info "Raw figures: $BENCH_OUT/"
}
