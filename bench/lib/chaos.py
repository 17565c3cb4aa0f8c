"""bench/chaos: SIGKILL ingest and build at seeded random moments of a night, check, rerun, compare.

See bench/chaos for what it does; bench/README.md for the figures.
"""

import argparse
import contextlib
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time

import duckdb

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "bin", "lib"))
import compare_runs  # noqa: E402  (the multiset comparison of bin/compare-runs, reused)

LAUNCHER = os.path.join(ROOT, "bin", "thanthien")
# exit 3 = the sample's planted bad rows fail the ingest's quality gate; its days are committed anyway
INGEST_OK = (0, 3)


class Night:
    """The commands of one night over a lake and a warehouse (the nightly DAG's ingest and build tasks)."""

    def __init__(self, landing, folder):
        self.landing = landing
        self.folder = folder
        self.lake = os.path.join(folder, "lake")
        self.warehouse = os.path.join(folder, "warehouse", "thanthien.duckdb")

    def ingest_args(self, through=None):
        args = ["ingest", "--landing", self.landing, "--lake", self.lake, "--master", "local[2]"]
        return args + (["--through", through] if through else [])

    def build_args(self):
        return ["build", "--lake", self.lake, "--warehouse", self.warehouse]


# every child, in its own process group: killed with the harness whatever ends it
CHILDREN = []


def start(args, log):
    """bin/thanthien ARGS as a child; bin/thanthien execs java, so the child's pid is the JVM's."""
    child = subprocess.Popen([LAUNCHER] + args, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    CHILDREN.append(child)
    return child


def stop_children():
    for child in CHILDREN:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()


def paths_under(folder):
    return {os.path.join(d, n) for d, _, names in os.walk(folder) for n in names}


class FirstWrite(threading.Thread):
    """Watches FOLDER while a step runs: the seconds after START at which its first new file appeared.

    A step spends its first seconds starting the JVM (and Spark) and reading: uniform kill moments
    would mostly land there. The moment of the first write tells where the phase that changes the
    lake or the warehouse begins, so that half the kills can be drawn inside it.
    """

    def __init__(self, folder, started):
        super().__init__(daemon=True)
        self.folder, self.started, self.seconds, self.path = folder, started, None, None
        self.before = paths_under(folder)
        self.done = threading.Event()

    def run(self):
        while not self.done.wait(0.05):
            new = paths_under(self.folder) - self.before
            if new:
                self.seconds = time.monotonic() - self.started
                self.path = os.path.relpath(min(new), self.folder)
                return


def run(args, log_path, allowed=(0,)):
    """Runs ARGS to its end; returns its seconds."""
    began = time.monotonic()
    with open(log_path, "ab") as log:
        code = start(args, log).wait()
    if code not in allowed:
        sys.exit(f"chaos: {' '.join(args[:1])} exited {code}, see {log_path}")
    return time.monotonic() - began


def run_watched(args, log_path, allowed, folder):
    """run, watching FOLDER: returns the step's seconds and the seconds of its first new file there."""
    watcher = FirstWrite(folder, time.monotonic())
    watcher.start()
    try:
        seconds = run(args, log_path, allowed)
    finally:
        watcher.done.set()
        watcher.join()
    print(f"{args[0]}: {seconds:.1f} s, its first write ({watcher.path}) at {watcher.seconds} s")
    return seconds, watcher.seconds if watcher.seconds is not None else 0.2


def killed(args, log_path, delay):
    """Starts ARGS and SIGKILLs it after DELAY seconds; returns None when it was killed, else the
    seconds it took to end by itself (the kill came too late: no kill)."""
    began = time.monotonic()
    with open(log_path, "ab") as log:
        child = start(args, log)
        try:
            child.wait(timeout=delay)
            return time.monotonic() - began
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
            return None


def answers(warehouse):
    """The published warehouse opens read-only and answers a mart query; None when none was published."""
    if not os.path.exists(warehouse):
        return None
    con = duckdb.connect(warehouse, read_only=True)
    try:
        return con.execute("select count(*) from mart_ranking").fetchone()[0]
    finally:
        con.close()


def same_as(trial, clean):
    """compare_runs' multiset comparison of the warehouses and of the lakes; prints only what differs."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        same = compare_runs.compare_warehouses(trial.warehouse, clean.warehouse)
        same = compare_runs.compare_lakes(trial.lake, clean.lake) and same
    if not same:
        print("\n".join(line for line in out.getvalue().splitlines() if not line.startswith("SAME")))
    return same


def unaccounted_days(lake):
    """Ledger entries of runs without a manifest: days a killed ingest committed before it died."""
    runs = {f[:-5] for f in os.listdir(os.path.join(lake, "_runs"))} if os.path.isdir(os.path.join(lake, "_runs")) else set()
    count = 0
    ledger = os.path.join(lake, "_ledger")
    for folder, _, names in os.walk(ledger):
        for name in names:
            if name.endswith(".json") and not name.startswith("."):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    text = f.read()
                run_id = text.split('"run_id" : "', 1)[1].split('"', 1)[0]
                count += run_id not in runs
    return count


def landing_days(landing):
    return sorted({day for source in os.listdir(landing) if os.path.isdir(os.path.join(landing, source))
                   and not source.startswith(("_", ".")) for day in os.listdir(os.path.join(landing, source))})


def prepare(options, landing, base, ingested, clean, logs):
    """The landing, the earlier night (lake + published warehouse) and the clean night 2, timed."""
    run(["generate", "--out", landing, "--seed", str(options.seed), "--from", "2024", "--to", "2024",
         "--feedback-items", str(options.feedback_items)], os.path.join(logs, "generate.log"))
    days = landing_days(landing)
    first_night_end = days[len(days) // 2 - 1]
    print(f"landing: {len(days)} landing days of 2024; night 1 through {first_night_end}, night 2 the {len(days) - len(days) // 2} after")
    # the earlier night: a lake and a published warehouse, the state every trial starts from
    run(base.ingest_args(first_night_end), os.path.join(logs, "base.log"), INGEST_OK)
    run(base.build_args(), os.path.join(logs, "base.log"))
    # the clean night 2: the reference every trial must converge to
    shutil.copytree(base.folder, ingested.folder, symlinks=True)
    ingest = run_watched(ingested.ingest_args(), os.path.join(logs, "clean.log"), INGEST_OK, ingested.lake)
    shutil.copytree(ingested.folder, clean.folder, symlinks=True)
    build = run_watched(clean.build_args(), os.path.join(logs, "clean.log"), (0,), os.path.dirname(clean.warehouse))
    return {"ingest": ingest, "build": build}


def main():
    parser = argparse.ArgumentParser(prog="bench/chaos")
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=int(os.environ.get("THANTHIEN_BENCH_SEED", "20261201")))
    parser.add_argument("--feedback-items", type=int, default=500)
    parser.add_argument("--work", default=None,
                        help="working folder, kept: a later run with the same folder, seed and size reuses its"
                             " landing, earlier night and clean night (default: a new temp folder, deleted at the end)")
    options = parser.parse_args()
    work = options.work or os.path.join(os.environ.get("TMPDIR", "/tmp"), f"thanthien-chaos-{os.getpid()}")
    if not os.path.isfile(os.path.join(work, "prepared.json")):
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
    rng = random.Random(options.seed)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        return chaos(options, work, rng)
    finally:
        stop_children()
        if not options.work:
            shutil.rmtree(work, ignore_errors=True)


def chaos(options, work, rng):
    logs = os.path.join(work, "logs")
    landing = os.path.join(work, "landing")
    base = Night(landing, os.path.join(work, "base"))
    ingested = Night(landing, os.path.join(work, "ingested"))
    clean = Night(landing, os.path.join(work, "clean"))
    prepared = os.path.join(work, "prepared.json")
    wanted = {"seed": options.seed, "feedback_items": options.feedback_items, "layout": 2}
    if os.path.isfile(prepared) and {k: v for k, v in json.load(open(prepared)).items() if k in wanted} == wanted:
        steps = json.load(open(prepared))["steps"]
        print(f"reusing the landing, the earlier night and the clean night of {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(logs)
        steps = prepare(options, landing, base, ingested, clean, logs)
        with open(prepared, "w") as f:
            json.dump(dict(wanted, steps=steps), f)
    for kind, (seconds, first_write) in steps.items():
        print(f"clean night 2: {kind} {seconds:.1f} s, writing from {first_write:.1f} s")
    clean_night_s = sum(seconds for seconds, _ in steps.values())

    converged = 0
    kinds = {"ingest": 0, "build": 0}
    reruns = []
    for k in range(1, options.kills + 1):
        kind = "ingest" if k % 2 else "build"
        duration, first_write = steps[kind]
        # kills 1–4, 5–8…: two of each kind per four, one anywhere in the step, one in its writing phase
        low = first_write if (k - 1) // 2 % 2 else 0.2
        trial = Night(landing, os.path.join(work, "trial"))
        log = os.path.join(logs, f"kill-{k:02d}-{kind}.log")
        scale = 1.0
        for _ in range(3):
            delay = rng.uniform(low * scale, duration * scale)
            shutil.rmtree(trial.folder, ignore_errors=True)
            # a build runs after night 2's ingest; an ingest over the earlier night
            shutil.copytree((base if kind == "ingest" else ingested).folder, trial.folder, symlinks=True)
            ended = killed(trial.ingest_args() if kind == "ingest" else trial.build_args(), log, delay)
            if ended is None:
                break
            # it ended before the kill (a faster run than the clean one): not a kill; draw again on
            # the clean run's phases shrunk to this run's pace
            print(f"kill {k:2d}: {kind} ended at {ended:.1f} s, before the kill at {delay:.1f} s: drawn again")
            scale = 0.95 * ended / duration
        else:
            sys.exit(f"chaos: kill {k}: {kind} ended before every drawn moment, see {log}")
        kinds[kind] += 1
        try:
            rows = answers(trial.warehouse)
        except duckdb.Error as e:
            print(f"kill {k:2d}: the published warehouse does not answer after the kill: {e}")
            continue
        began = time.monotonic()
        if kind == "ingest":
            left = unaccounted_days(trial.lake)
            run(trial.ingest_args(), log, INGEST_OK)
            state = f"{left} day(s) committed without a manifest"
        else:
            state = "building file left" if any(".building-" in f for f in os.listdir(os.path.dirname(trial.warehouse))) else "no building file"
        run(trial.build_args(), log)
        reruns.append(time.monotonic() - began)
        same = same_as(trial, clean)
        converged += same
        phase = "writing" if delay >= first_write * scale else "starting"
        print(f"kill {k:2d}: {kind:6s} at {delay:5.1f} s of {duration * scale:5.1f} s ({phase}), {state};"
              f" published warehouse answers ({rows} mart_ranking rows); rerun {reruns[-1]:5.1f} s;"
              f" {'converged' if same else 'DIFFERENT'}")

    mean_rerun = sum(reruns) / len(reruns) if reruns else 0.0
    print(f"kills: {kinds['ingest']} of ingest, {kinds['build']} of build; converged {converged} of {options.kills};"
          f" mean rerun {mean_rerun:.1f} s against a clean night of {clean_night_s:.1f} s")
    print(f"RESULT chaos kills={options.kills} converged={converged} ingest_kills={kinds['ingest']}"
          f" build_kills={kinds['build']} clean_night_s={clean_night_s:.1f} mean_rerun_s={mean_rerun:.1f}")
    return 0 if converged == options.kills else 1


if __name__ == "__main__":
    sys.exit(main())
