-- grain: one row per unit and year of the trend: every unit that existed on 31 December of the year (its own annual score, or none), and every reconstructed year before a unit existed
-- primary_key: unit_id, year
-- references: unit_id -> dim_unit.unit_id
-- column unit_id: Unit.
-- column unit_code: Official code of the unit version valid on 31 December of the year (of its first year for a reconstructed row).
-- column unit_name: Name of that version.
-- column unit_type: Unit type of that version (the peer group it is ranked in).
-- column year: Assessment year.
-- column score_pct: The unit's own annual score, or the reconstructed one (is_reconstructed); null when the unit has no score.
-- column is_reconstructed: True for a year before the unit existed, scored from its predecessors (int_trend_reconstructed).
-- column predecessors: For a reconstructed row: how many predecessors contributed a score; null otherwise.
with

year_end_units as (

    select * from int_trend_year_end_units

),

annual_scores as (

    select * from mart_unit_scorecard
    where period_kind = 'YEAR'

),

reconstructed as (

    select * from int_trend_reconstructed

),

actual_rows as (

    select
        year_end_units.unit_id,
        year_end_units.unit_code,
        year_end_units.unit_name,
        year_end_units.unit_type,
        year_end_units.year,
        annual_scores.score_pct,
        false as is_reconstructed,
        cast(null as bigint) as predecessors

    from year_end_units
    left join annual_scores
        on annual_scores.unit_id = year_end_units.unit_id
        and annual_scores.year = year_end_units.year

),

reconstructed_rows as (

    select
        unit_id,
        unit_code,
        unit_name,
        unit_type,
        year,
        score_pct,
        true as is_reconstructed,
        predecessors

    from reconstructed

),

trend_rows as (

    select * from actual_rows
    union all
    select * from reconstructed_rows

)

select * from trend_rows
