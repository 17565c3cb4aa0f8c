-- grain: one row per year of the annual scores × unit that existed on 31 December of that year (the year's map of units)
-- primary_key: year, unit_id
-- references: unit_id -> dim_unit.unit_id
-- column year: Year that has annual scores (mart_unit_scorecard, period_kind YEAR).
-- column unit_id: Unit that existed on 31 December of the year.
-- column unit_code: Official code of the unit version valid on that day.
-- column unit_name: Name of that version.
-- column unit_type: Unit type of that version (the peer group it is ranked in).
-- column population: Residents of that version, where known (weights a predecessor in a reconstruction).
-- column first_year: First year the unit existed on 31 December (a year of the annual scores); earlier years of the unit are reconstructed from its predecessors.
with

annual_scores as (

    select * from mart_unit_scorecard
    where period_kind = 'YEAR'

),

unit_versions as (

    select
        unit_id,
        unit_code,
        unit_name,
        unit_type,
        valid_from,
        valid_to,
        population

    from stg_units

),

years as (

    select distinct year from annual_scores

),

year_end_units as (

    select
        years.year,
        unit_versions.unit_id,
        unit_versions.unit_code,
        unit_versions.unit_name,
        unit_versions.unit_type,
        unit_versions.population

    from years
    inner join unit_versions
        on unit_versions.valid_from <= make_date(years.year, 12, 31)
        and (unit_versions.valid_to is null or unit_versions.valid_to >= make_date(years.year, 12, 31))
    qualify row_number() over (
        partition by years.year, unit_versions.unit_id order by unit_versions.valid_from desc
    ) = 1

),

final as (

    select
        *,
        min(year) over (partition by unit_id) as first_year

    from year_end_units

)

select * from final
