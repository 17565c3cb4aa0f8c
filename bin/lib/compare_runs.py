"""Compares two pipeline outputs (see bin/compare-runs)."""

import filecmp
import os
import sys

import duckdb

# Columns that differ between two runs of the same data: run identifiers, wall-clock times and
# durations (ingest_runs.seconds).
VOLATILE = {"run_id", "started_at", "finished_at", "committed_at", "seconds"}


def files_under(root):
    found = set()
    for folder, _, names in os.walk(root):
        for name in names:
            found.add(os.path.relpath(os.path.join(folder, name), root))
    return found


def compare_files(a, b, label):
    left, right = files_under(a), files_under(b)
    problems = [f"only in A: {p}" for p in sorted(left - right)] + [f"only in B: {p}" for p in sorted(right - left)]
    for path in sorted(left & right):
        if not filecmp.cmp(os.path.join(a, path), os.path.join(b, path), shallow=False):
            problems.append(f"differs: {path}")
    report(label, f"{len(left & right)} files", problems)
    return not problems


def parquet_datasets(lake):
    """Every folder of lake/curated|quarantine|marts holding Parquet files, by its path under lake/."""
    datasets = {}
    for kind in ("curated", "quarantine", "marts"):
        base = os.path.join(lake, kind)
        if not os.path.isdir(base):
            continue
        for name in sorted(os.listdir(base)):
            files = sorted(os.path.join(folder, f) for folder, _, names in os.walk(os.path.join(base, name))
                           for f in names if f.endswith(".parquet") and "_staging" not in folder)
            if files:
                datasets[f"{kind}/{name}"] = files
    return datasets


def multiset_difference(con, left_sql, right_sql):
    columns = [c[0] for c in con.execute(f"select * from ({left_sql}) limit 0").description]
    kept = ", ".join(f'"{c}"' for c in columns if c not in VOLATILE)
    # source_file names of the quarantine and of ingest_runs carry no run id; file paths of the lake
    # (not columns) do, and are not compared
    one = con.execute(f"select count(*) from (select {kept} from ({left_sql}) except all select {kept} from ({right_sql}))").fetchone()[0]
    two = con.execute(f"select count(*) from (select {kept} from ({right_sql}) except all select {kept} from ({left_sql}))").fetchone()[0]
    rows = con.execute(f"select count(*) from ({left_sql})").fetchone()[0]
    return rows, one, two


def compare_lakes(a, b):
    con = duckdb.connect()
    left, right = parquet_datasets(a), parquet_datasets(b)
    ok = True
    for name in sorted(set(left) | set(right)):
        if name not in left or name not in right:
            report(f"lake/{name}", "", [f"only in {'A' if name in left else 'B'}"])
            ok = False
            continue
        rows, one, two = multiset_difference(
            con, f"select * from read_parquet({left[name]!r}, union_by_name = true)",
            f"select * from read_parquet({right[name]!r}, union_by_name = true)")
        problems = [f"{one} rows of A not in B, {two} rows of B not in A"] if one or two else []
        report(f"lake/{name}", f"{rows} rows", problems)
        ok = ok and not problems
    return ok


def warehouse_tables(con, db):
    """The compared tables of a warehouse, by name: main's, audit.audit_results, internal.dictionary.

    A warehouse built before the internal schema (issue 13) held the dictionary and the int_ models
    in main: its main.dictionary is compared as internal.dictionary and its int_ models are skipped,
    so that a run of an older commit still compares with a newer one.
    """
    tables = {}
    for schema, table in con.execute(
            "select schema_name, table_name from duckdb_tables() where database_name = ? and (schema_name = 'main'"
            " or schema_name || '.' || table_name in ('audit.audit_results', 'internal.dictionary'))", [db]).fetchall():
        if schema == "main" and table.startswith("int_"):
            continue
        name = "internal.dictionary" if (schema, table) == ("main", "dictionary") else f"{schema}.{table}"
        tables[name] = f"{schema}.{table}"
    return tables


def compare_warehouses(a, b):
    con = duckdb.connect()
    con.execute(f"attach '{a}' as a (read_only)")
    con.execute(f"attach '{b}' as b (read_only)")
    # main is what the warehouse publishes; of the other schemas, the audits' results and the data
    # dictionary, not the internal models (how a mart is computed: a refactoring may split or
    # merge them) nor the audits' failing rows (counted in audit_results)
    left, right = warehouse_tables(con, "a"), warehouse_tables(con, "b")
    ok = True
    for name in sorted(left | right):
        if name not in left or name not in right:
            report(f"warehouse {name}", "", [f"only in {'A' if name in left else 'B'}"])
            ok = False
            continue
        # the data dictionary's rows about internal models go with those models
        where = " where object_name not like 'int\\_%' escape '\\'" if name == "internal.dictionary" else ""
        rows, one, two = multiset_difference(
            con, f"select * from a.{left[name]}{where}", f"select * from b.{right[name]}{where}")
        problems = [f"{one} rows of A not in B, {two} rows of B not in A"] if one or two else []
        report(f"warehouse {name}", f"{rows} rows", problems)
        ok = ok and not problems
    return ok


def report(label, size, problems):
    print(f"{'SAME' if not problems else 'DIFF'}  {label}  {size}")
    for problem in problems[:10]:
        print(f"      {problem}")


def main(a, b):
    ok = compare_files(os.path.join(a, "landing"), os.path.join(b, "landing"), "landing/")
    ok = compare_lakes(os.path.join(a, "lake"), os.path.join(b, "lake")) and ok
    ok = compare_warehouses(os.path.join(a, "warehouse", "thanthien.duckdb"),
                            os.path.join(b, "warehouse", "thanthien.duckdb")) and ok
    ok = compare_files(os.path.join(a, "reports"), os.path.join(b, "reports"), "reports/") and ok
    print("IDENTICAL" if ok else "DIFFERENT")
    return 0 if ok else 1


def main_lakes(a, b):
    ok = compare_lakes(a, b)
    print("IDENTICAL" if ok else "DIFFERENT")
    return 0 if ok else 1


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--lakes":
        sys.exit(main_lakes(sys.argv[2], sys.argv[3]))
    if len(sys.argv) != 3:
        sys.exit("usage: bin/compare-runs A B | bin/compare-runs --lakes LAKE_A LAKE_B")
    sys.exit(main(sys.argv[1], sys.argv[2]))
