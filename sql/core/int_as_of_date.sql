-- grain: one row per landing source with curated data: the reference date of that source's flags
-- primary_key: source
-- column source: Landing source: submissions, inspections or feedback.
-- column as_of_date: The latest landing date (export day) of the source in the curated data. Deadlines that passed before this day count as overdue in that source's facts. Taken from the data, not from the clock, so that rebuilding the same lake gives the same warehouse; per source, so that a later feedback export never makes inspection measures overdue (DESIGN §5).
--
-- An empty lake has no rows here (no source has data, so no deadline can be judged).
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

    select
        'submissions' as source,
        max(landing_date) as landing_date

    from submission_scores

    union all

    select
        'inspections' as source,
        max(landing_date) as landing_date

    from inspection_findings

    union all

    select
        'feedback' as source,
        max(landing_date) as landing_date

    from feedback

),

final as (

    select
        source,
        cast(landing_date as date) as as_of_date

    from landings
    where landing_date is not null

)

select * from final
