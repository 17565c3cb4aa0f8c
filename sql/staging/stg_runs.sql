-- grain: one row per source file per ingest run
-- primary_key: run_id, source, file
with

manifests as (

    select * from {{runs}}

),

files as (

    select
        run_id,
        status as run_status,
        try_cast(started_at as timestamp) as started_at,
        try_cast(finished_at as timestamp) as finished_at,
        unnest(files) as file_entry

    from manifests

)

select
    run_id,
    file_entry.source as source,
    file_entry.file as file,
    try_cast(file_entry.landing_date as date) as landing_date,
    file_entry.rows_read as rows_read,
    file_entry.rows_accepted as rows_accepted,
    file_entry.rows_quarantined as rows_quarantined,
    file_entry.rows_superseded as rows_superseded,
    cast(file_entry.drift as varchar) as drift_json,
    file_entry.rejected as rejected_reason,
    file_entry.seconds as seconds,
    started_at,
    finished_at,
    run_status

from files
