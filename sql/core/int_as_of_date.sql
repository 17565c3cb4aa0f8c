-- grain: one row: the reference date of the build
-- primary_key: as_of_date
-- column as_of_date: Reference date of the build: the latest landing date (export day) in the curated data. Deadlines that passed before this day count as overdue. Taken from the data, not from the clock, so that rebuilding the same lake gives the same warehouse.
with

submission_landings as (
    select max(landing_date) as landing_date from stg_submission_score
),

inspection_landings as (
    select max(landing_date) as landing_date from stg_inspection_finding
),

feedback_landings as (
    select max(landing_date) as landing_date from stg_feedback
),

landings as (
    select landing_date from submission_landings
    union all
    select landing_date from inspection_landings
    union all
    select landing_date from feedback_landings
)

select
    max(landing_date)::date as as_of_date
from landings
