-- grain: one row per unit × period with at least one current submission, for every unit valid on at least one day of the period
-- primary_key: unit_id, period
-- DESIGN §5: a unit belongs to every period in which it was valid on at least one day (an office that ceased on
-- 2025-02-28 belongs to 2025-Q1, 2025-H1 and 2025). A unit with several versions in the period (renamed, recoded,
-- retyped) is listed once, as its last version valid in the period. Its criteria are those of that version's unit
-- type valid (each by its own dates) on the period's last day; ingest's criterion check (reference.Catalogues)
-- decides alike, so every accepted score counts.
-- column unit_id: Unit valid on at least one day of the period.
-- column unit_code: Official code of the unit's last version valid in the period.
-- column unit_name: Name of that version.
-- column unit_type: Unit type of that version (the ranking peer group).
-- column period: Assessment period with submissions.
-- column period_kind: YEAR, HALF or QUARTER.
-- column year: Calendar year of the period.
-- column start_date: First day of the period.
-- column end_date: Last day of the period; the criteria are those valid on it (int_criterion_final).
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
        periods.start_date,
        periods.end_date

    from periods
    inner join units
        on units.valid_from <= periods.end_date
        and coalesce(units.valid_to, date '9999-12-31') >= periods.start_date
    qualify row_number() over (partition by units.unit_id, periods.period order by units.valid_from desc) = 1

)

select * from unit_periods
