-- grain: one row per source file per ingest run (DESIGN §6), and per landing entry the run skipped
-- primary_key: run_id, source, file
-- column run_id: Ingest run.
-- column source: Landing source (submissions, inspections, feedback); for a skipped entry outside every source folder, its top-level name under landing.
-- column file: Source file (or skipped folder or file), relative to the landing root.
-- column landing_date: Landing day of the file.
-- column rows_read: Data rows read from the file.
-- column rows_accepted: Rows written to the curated table as new versions.
-- column rows_quarantined: Rows rejected into the quarantine.
-- column rows_superseded: Rows read but superseded by a newer version of the same business key.
-- column started_at: When the run started, Hanoi local time (the manifest holds a UTC instant).
-- column finished_at: When the run finished, Hanoi local time (the manifest holds a UTC instant).
-- column status: Run status from the manifest; REJECTED when the whole file was refused, SKIPPED for a landing entry the run did not read (a folder that is no source or no landing day, a file of an extension its source does not read).
-- column rejected_reason: Why the whole file was refused, or why the entry was skipped; null otherwise.
-- column drift_json: Schema or value drift seen in the file, as JSON.
-- column seconds: Seconds spent on the file.
--
-- The manifests write Instant#toString (UTC, "…Z"); stg_runs reads it as a timestamp without
-- zone, i.e. as UTC wall-clock time. Here it becomes Asia/Ho_Chi_Minh wall-clock time, like every
-- other timestamp of the warehouse.
with

runs as (

    select * from stg_runs

),

final as (

    select
        run_id,
        source,
        file,
        landing_date,
        rows_read,
        rows_accepted,
        rows_quarantined,
        rows_superseded,
        timezone('Asia/Ho_Chi_Minh', timezone('UTC', started_at)) as started_at,
        timezone('Asia/Ho_Chi_Minh', timezone('UTC', finished_at)) as finished_at,
        case
            when is_skipped then 'SKIPPED'
            when rejected_reason is not null then 'REJECTED'
            else run_status
        end as status,
        rejected_reason,
        drift_json,
        seconds

    from runs

)

select * from final
