"""Turns the raw figures ./suite bench collects under .run/bench/ into the lines it prints."""
import os
import re
import sys


def read_steps(out):
    steps = []
    for line in open(os.path.join(out, "steps.txt")):
        parts = line.split()
        if parts[0] == "pgbench":
            steps.append({"label": "pgbench", "clients": int(parts[1]), "tps": float(parts[2]),
                          "latency_ms": float(parts[3]) if len(parts) > 3 else None})
            continue
        fields = dict(re.findall(r"(\w+)=(\S+)", line))
        statuses = dict(item.split("=") for item in fields.get("statuses", "").split(",") if "=" in item)
        seconds = float(fields["seconds"])
        created = int(statuses.get("201", 0))
        shed = int(statuses.get("503", 0)) + int(statuses.get("429", 0))
        other = sum(int(n) for status, n in statuses.items() if status not in ("201", "503", "429"))
        steps.append({"label": parts[0], "clients": int(parts[1]), "seconds": seconds, "created": created,
                      "orders_per_s": created / seconds, "shed": shed,
                      "errors": other + int(fields["socket_errors"]) + int(fields["timeouts"]),
                      "p50": float(fields["p50_ms"]), "p90": float(fields["p90_ms"]), "p99": float(fields["p99_ms"]),
                      "max": float(fields["max_ms"])})
    return steps


def cpu(out, label, clients, which):
    for line in open(os.path.join(out, f"cpu-{which}.txt")):
        parts = line.split()
        if parts[0] == label and int(parts[1]) == clients:
            return {k: int(v) for k, v in (p.split("=") for p in parts[2:])}
    return {}


def queue_peaks(out, label, clients):
    peaks = {}
    path = os.path.join(out, f"queues-{label}-{clients}.txt")
    if os.path.exists(path):
        for line in open(path):
            _, name, depth = line.split()
            peaks[name] = max(peaks.get(name, 0), int(depth))
    return {name: depth for name, depth in peaks.items() if not name.endswith((".dlq", ".parked"))}


def readiness(out, label, clients):
    path = os.path.join(out, f"ready-{label}-{clients}.txt")
    answers = [line.split() for line in open(path)] if os.path.exists(path) else []
    not_up = sum(1 for status, _ in answers if status != "200")
    slowest = max((float(t) for _, t in answers), default=0.0)
    return len(answers), not_up, slowest


def step_line(out, label, clients, tck):
    step = [s for s in read_steps(out) if s["label"] == label and s.get("clients") == clients][-1]
    before, after = cpu(out, label, clients, "before"), cpu(out, label, clients, "after")
    per_order = {name: (after[name] - before.get(name, 0)) * 1000 / tck / max(step["created"], 1)
                 for name in after if after[name] - before.get(name, 0) > 0}
    probes, not_up, slowest = readiness(out, label, clients)
    print(f"    {clients:>3} clients: {step['orders_per_s']:7.1f} orders/s  p50 {step['p50']:6.1f} ms  "
          f"p90 {step['p90']:6.1f} ms  p99 {step['p99']:7.1f} ms  max {step['max']:7.1f} ms  "
          f"201: {step['created']}  503/429: {step['shed']}  errors: {step['errors']}")
    print("                 CPU-ms per order: " + ", ".join(f"{n} {v:.1f}" for n, v in per_order.items())
          + f"  (all {sum(per_order.values()):.1f})")
    peaks = queue_peaks(out, label, clients)
    print("                 queue peaks: " + (", ".join(f"{n} {d}" for n, d in sorted(peaks.items())) or "-"))
    print(f"                 readiness: {probes - not_up}/{probes} probes UP, slowest answer {slowest * 1000:.0f} ms")


def start_lines(out):
    for line in open(os.path.join(out, "start.txt")):
        name, millis = line.split()
        print(f"    {name:<17} ready {int(millis) / 1000:.2f} s after launch")


def rss_mib(pid):
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def summary(out, tck, pids):
    steps = read_steps(out)
    print("    step            clients  orders/s    p50 ms    p99 ms   201     503/429  errors")
    for s in steps:
        if s["label"] != "pgbench":
            print(f"    {s['label']:<15} {s['clients']:>7} {s['orders_per_s']:9.1f} {s['p50']:9.1f} {s['p99']:9.1f} "
                  f"{s['created']:>7} {s['shed']:>9} {s['errors']:>7}")
    history = [s for s in steps if s["label"].startswith("history-")]
    if len(history) > 1:
        first, last = history[0], history[-1]
        print(f"    after the history: minute {len(history)} {last['orders_per_s']:.1f} orders/s against minute 1 "
              f"{first['orders_per_s']:.1f} ({(last['orders_per_s'] / first['orders_per_s'] - 1) * 100:+.1f}%)")
    pg = next((s for s in steps if s["label"] == "pgbench"), None)
    alone16 = next((s for s in steps if s["label"] == "alone" and s["clients"] == 16), None)
    if pg:
        print(f"    pgbench (checkout SQL, 16 clients): {pg['tps']:.0f} checkouts/s, {pg['latency_ms']} ms average")
        if alone16:
            print(f"    checkout alone at 16 clients / pgbench: {alone16['orders_per_s'] / pg['tps']:.3f}")
    print("    resident memory after the run:")
    for item in pids:
        name, pid = item.split("=")
        rss = rss_mib(pid) if pid else None
        print(f"      {name:<17} " + (f"{rss:.0f} MiB" if rss is not None else "not running"))
    print(f"    machine: {os.cpu_count()} CPUs, load average now {open('/proc/loadavg').read().split()[0]}")


if __name__ == "__main__":
    command, out = sys.argv[1], sys.argv[2]
    if command == "step":
        step_line(out, sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
    elif command == "start":
        start_lines(out)
    elif command == "summary":
        summary(out, int(sys.argv[3]), sys.argv[4:])
