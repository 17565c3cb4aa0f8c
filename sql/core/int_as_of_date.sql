-- grain: one row: the reference date of the build
-- primary_key: as_of_date
-- column as_of_date: Reference date of the build: the latest landing date (export day) in the curated data. Deadlines that passed before this day count as overdue. Taken from the data, not from the clock, so that rebuilding the same lake gives the same warehouse.
with

submission_scores as (

    select * from stg_submission_score

),

inspection_findings as (

    select * from stg_inspection_finding

),

feedback as (

    select * from stg_feedback

),

landings as (

    select max(landing_date) as landing_date from submission_scores
    union all
    select max(landing_date) as landing_date from inspection_findings
    union all
    select max(landing_date) as landing_date from feedback

),

final as (

    select cast(max(landing_date) as date) as as_of_date
    from landings

)

select * from final
