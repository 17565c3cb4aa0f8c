-- grain: one row per source file per ingest run, and per landing entry the run skipped
-- primary_key: run_id, source, file
with

manifests as (

    select * from {{runs}}

),

manifest_files as (

    select
        run_id,
        status as run_status,
        try_cast(started_at as timestamp) as started_at,
        try_cast(finished_at as timestamp) as finished_at,
        unnest(files) as file_entry

    from manifests

),

skipped_entries as (

    select
        run_id,
        status as run_status,
        try_cast(started_at as timestamp) as started_at,
        try_cast(finished_at as timestamp) as finished_at,
        unnest(skipped) as skipped_entry

    from manifests

),

files_read as (

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
        run_status,
        false as is_skipped

    from manifest_files

),

files_skipped as (

    select
        run_id,
        skipped_entry.source as source,
        skipped_entry.path as file,
        null as landing_date,
        0 as rows_read,
        0 as rows_accepted,
        0 as rows_quarantined,
        0 as rows_superseded,
        null as drift_json,
        skipped_entry.reason as rejected_reason,
        0 as seconds,
        started_at,
        finished_at,
        run_status,
        true as is_skipped

    from skipped_entries

),

final as (

    select * from files_read
    union all
    select * from files_skipped

)

select * from final
