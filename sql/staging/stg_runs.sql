-- grain: one row per source file per ingest run
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

renamed as (

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
        manifest_files.run_status

    from manifest_files

)

select * from renamed
