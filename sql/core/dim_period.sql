-- grain: one row per assessment period (year, half, quarter) from the first to the last year of the data and the catalogues
-- primary_key: period
-- column period: Period code: 2023 (year), 2023-H1 (half) or 2023-Q2 (quarter).
-- column period_kind: YEAR, HALF or QUARTER.
-- column year: Calendar year.
-- column half: Half of the year (1 or 2); for a quarter, the half it falls in; null for a year.
-- column quarter: Quarter (1–4); null for a year or a half.
-- column start_date: First day of the period.
-- column end_date: Last day of the period; units and catalogues are taken as valid on this day.
-- column previous_period: The period of the same kind just before (rank changes compare with it).
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

years as (

    select unnest(generate_series(first_year, last_year)) as year
    from bounds
    where first_year is not null

),

halves as (

    select unnest([1, 2]) as half

),

quarters as (

    select unnest([1, 2, 3, 4]) as quarter

),

periods as (

    select
        cast(year as varchar) as period,
        'YEAR' as period_kind,
        year,
        cast(null as integer) as half,
        cast(null as integer) as quarter,
        make_date(year, 1, 1) as start_date,
        make_date(year, 12, 31) as end_date,
        cast(year - 1 as varchar) as previous_period

    from years

    union all

    select
        years.year || '-H' || halves.half as period,
        'HALF' as period_kind,
        years.year,
        halves.half,
        cast(null as integer) as quarter,
        make_date(years.year, 6 * halves.half - 5, 1) as start_date,
        cast(
            make_date(years.year, 6 * halves.half - 5, 1) + interval 6 month - interval 1 day as date
        ) as end_date,
        case when halves.half = 1 then (years.year - 1) || '-H2' else years.year || '-H1' end as previous_period

    from years
    cross join halves

    union all

    select
        years.year || '-Q' || quarters.quarter as period,
        'QUARTER' as period_kind,
        years.year,
        cast((quarters.quarter + 1) // 2 as integer) as half,
        quarters.quarter,
        make_date(years.year, 3 * quarters.quarter - 2, 1) as start_date,
        cast(
            make_date(years.year, 3 * quarters.quarter - 2, 1) + interval 3 month - interval 1 day as date
        ) as end_date,
        case
            when quarters.quarter = 1 then (years.year - 1) || '-Q4'
            else years.year || '-Q' || (quarters.quarter - 1)
        end as previous_period

    from years
    cross join quarters

),

final as (

    select
        period,
        period_kind,
        cast(year as integer) as year,
        cast(half as integer) as half,
        cast(quarter as integer) as quarter,
        start_date,
        end_date,
        previous_period

    from periods

)

select * from final
