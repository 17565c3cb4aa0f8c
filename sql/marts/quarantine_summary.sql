-- grain: one row per run, source file and reason code of the committed quarantine (DESIGN §6)
-- primary_key: run_id, source, file, reason_code
-- column run_id: Ingest run that rejected the rows.
-- column source: Landing source.
-- column file: Source file, relative to the landing root.
-- column reason_code: Why the rows were rejected.
-- column rows: Rows rejected for this reason.
-- column landing_date: Landing day of the file.
-- column first_line: First rejected line of the file for this reason (to look it up in the landing file).
with

quarantine as (

    select * from stg_quarantine

),

final as (

    select
        run_id,
        source,
        source_file as file,
        reason_code,
        count(*) as rows,
        min(landing_date) as landing_date,
        min(source_line) as first_line

    from quarantine
    group by all

)

select * from final
