-- grain: one row per unit valid on a period's end date × period with at least one current submission (of that period)
-- primary_key: unit_id, period
-- column unit_id: Unit valid on the period's end date.
-- column unit_code: Official code of the unit version valid then.
-- column unit_name: Name of the unit version valid then.
-- column unit_type: Unit type of that version (the ranking peer group).
-- column period: Assessment period with submissions.
-- column period_kind: YEAR, HALF or QUARTER.
-- column year: Calendar year of the period.
-- column end_date: Last day of the period.
with

submission_scores as (

    select * from stg_submission_score
    where is_current

),

all_periods as (

    select * from dim_period

),

units as (

    select * from dim_unit

),

submitted_periods as (

    select distinct period
    from submission_scores

),

periods as (

    select all_periods.*
    from all_periods
    inner join submitted_periods
        on submitted_periods.period = all_periods.period

),

unit_periods as (

    select
        units.unit_id,
        units.unit_code,
        units.unit_name,
        units.unit_type,
        periods.period,
        periods.period_kind,
        periods.year,
        periods.end_date

    from periods
    inner join units
        on periods.end_date between units.valid_from and coalesce(units.valid_to, date '9999-12-31')

)

select * from unit_periods
