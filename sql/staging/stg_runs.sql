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
        manifest_files.run_id,
        manifest_files.file_entry.source,
        manifest_files.file_entry.file,
        try_cast(manifest_files.file_entry.landing_date as date) as landing_date,
        manifest_files.file_entry.rows_read,
        manifest_files.file_entry.rows_accepted,
        manifest_files.file_entry.rows_quarantined,
        manifest_files.file_entry.rows_superseded,
        cast(manifest_files.file_entry.drift as varchar) as drift_json,
        manifest_files.file_entry.rejected as rejected_reason,
        manifest_files.file_entry.seconds,
        manifest_files.started_at,
        manifest_files.finished_at,
        manifest_files.run_status,
        false as is_skipped

    from manifest_files

),

files_skipped as (

    select
        skipped_entries.run_id,
        skipped_entries.skipped_entry.source,
        skipped_entries.skipped_entry.path as file,
        null as landing_date,
        0 as rows_read,
        0 as rows_accepted,
        0 as rows_quarantined,
        0 as rows_superseded,
        null as drift_json,
        skipped_entries.skipped_entry.reason as rejected_reason,
        0 as seconds,
        skipped_entries.started_at,
        skipped_entries.finished_at,
        skipped_entries.run_status,
        true as is_skipped

    from skipped_entries

),

final as (

    select * from files_read
    union all
    select * from files_skipped

)

select * from final
