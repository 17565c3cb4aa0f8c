-- grain: one row per chain of lineage steps from a unit back to an ancestor, for each year before the unit first existed (a unit reached by two chains has two rows)
-- column unit_id: Successor unit whose year is reconstructed.
-- column year: Year before the unit's first year (int_trend_year_end_units.first_year).
-- column ancestor_id: Unit reached by walking the lineage back from unit_id through steps that took effect after 31 December of the year.
-- column path_share: Product of the lineage shares along the chain from ancestor_id to unit_id.
-- column depth: Number of lineage steps in the chain (1 for a direct predecessor).
--
-- The walk of the reconstruction rule (DESIGN §2), written out in the header of
-- sql/marts/mart_trend.sql: from a successor back through every lineage step that took effect
-- after 31 December of the year, so that nothing that had already merged by then is counted twice.
with recursive

year_end_units as (

    select * from int_trend_year_end_units

),

lineage as (

    select
        from_unit_id,
        to_unit_id,
        effective_date,
        share

    from stg_unit_lineage

),

first_years as (

    select distinct
        unit_id,
        first_year

    from year_end_units

),

years as (

    select distinct year from year_end_units

),

years_to_reconstruct as (

    select
        first_years.unit_id,
        years.year

    from first_years
    inner join years on years.year < first_years.first_year

),

lineage_walk as (

    select
        years_to_reconstruct.unit_id,
        years_to_reconstruct.year,
        lineage.from_unit_id as ancestor_id,
        lineage.share as path_share,
        1 as depth

    from years_to_reconstruct
    inner join lineage
        on lineage.to_unit_id = years_to_reconstruct.unit_id
        and lineage.effective_date > make_date(years_to_reconstruct.year, 12, 31)

    union all

    select
        lineage_walk.unit_id,
        lineage_walk.year,
        lineage.from_unit_id as ancestor_id,
        lineage_walk.path_share * lineage.share as path_share,
        lineage_walk.depth + 1 as depth

    from lineage_walk
    inner join lineage
        on lineage.to_unit_id = lineage_walk.ancestor_id
        and lineage.effective_date > make_date(lineage_walk.year, 12, 31)
    -- a cycle in a broken lineage file must not loop forever
    where lineage_walk.depth < 32

)

select * from lineage_walk
