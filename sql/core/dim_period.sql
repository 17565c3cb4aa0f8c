-- grain: one row per assessment period (year, half, quarter) from the first to the last year of the data and the catalogues
-- The calendar itself is reference.AssessmentPeriod (the runner's "periods" placeholder), the one ingest
-- derives a submission's period_start and period_end from; this model only keeps the years the build needs.
-- primary_key: period
-- column period: Period code: 2023 (year), 2023-H1 (half) or 2023-Q2 (quarter).
-- column period_kind: YEAR, HALF or QUARTER.
-- column year: Calendar year.
-- column half: Half of the year (1 or 2); for a quarter, the half it falls in; null for a year.
-- column quarter: Quarter (1–4); null for a year or a half.
-- column start_date: First day of the period.
-- column end_date: Last day of the period; the criteria of a unit-period are those valid on this day.
-- column previous_period: The period of the same kind just before (rank changes compare with it).
with

calendar as (

    select * from {{periods}}

),

submission_scores as (

    select * from stg_submission_score

),

inspection_findings as (

    select * from stg_inspection_finding

),

feedback as (

    select * from stg_feedback

),

criteria as (

    select * from stg_criteria

),

years_seen as (

    select year(period_start) as year from submission_scores
    union all
    select year(inspection_date) as year from inspection_findings
    union all
    select year(received_at) as year from feedback
    union all
    select year(valid_from) as year from criteria
    union all
    select year(valid_to) as year from criteria

),

bounds as (

    select
        min(year) as first_year,
        max(year) as last_year

    from years_seen

),

final as (

    select
        calendar.period,
        calendar.period_kind,
        cast(calendar.year as integer) as year,
        cast(calendar.half as integer) as half,
        cast(calendar.quarter as integer) as quarter,
        calendar.start_date,
        calendar.end_date,
        calendar.previous_period

    from calendar
    inner join bounds on calendar.year between bounds.first_year and bounds.last_year

)

select * from final
