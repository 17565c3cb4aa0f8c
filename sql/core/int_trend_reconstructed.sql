-- grain: one row per unit and year before the unit first existed, where at least one of its predecessors has an annual score
-- primary_key: unit_id, year
-- references: unit_id -> dim_unit.unit_id
-- column unit_id: Successor unit.
-- column unit_code: Official code of the unit in its first year (the year it first existed on 31 December).
-- column unit_name: Name of the unit in its first year.
-- column unit_type: Unit type of the unit in its first year.
-- column year: Year before the unit existed.
-- column score_pct: Reconstructed annual score in percent (DECIMAL(18,6)): the weighted mean of the predecessors' scores.
-- column predecessors: How many predecessor units contributed a score.
--
-- The reconstruction rule (DESIGN §2) is written out in the header of sql/marts/mart_trend.sql,
-- the mart that shows these rows (is_reconstructed); the walk back through the lineage is
-- int_lineage_walk's (its years).
with

lineage_walk as (

    select * from int_lineage_walk
    where period_kind = 'YEAR'

),

year_end_units as (

    select * from int_trend_year_end_units

),

annual_scores as (

    select * from mart_unit_scorecard
    where period_kind = 'YEAR'

),

contributions as (

    select
        lineage_walk.unit_id,
        lineage_walk.year,
        lineage_walk.ancestor_id as predecessor_id,
        sum(lineage_walk.path_share) as share,
        any_value(year_end_ancestors.population) as population,
        any_value(annual_scores.score_pct) as score_pct

    from lineage_walk
    inner join year_end_units as year_end_ancestors
        on year_end_ancestors.unit_id = lineage_walk.ancestor_id
        and year_end_ancestors.year = lineage_walk.year
    inner join annual_scores
        on annual_scores.unit_id = lineage_walk.ancestor_id
        and annual_scores.year = lineage_walk.year
    where annual_scores.score_pct is not null
    group by all

),

reconstructed_scores as (

    select
        unit_id,
        year,
        case
            when bool_and(population is not null)
                then sum(score_pct * share * population) / nullif(sum(share * population), 0)
            else sum(score_pct * share) / nullif(sum(share), 0)
        end as score_pct,
        count(*) as predecessors

    from contributions
    group by all

),

first_year_labels as (

    select * from year_end_units
    where year = first_year

),

final as (

    select
        reconstructed_scores.unit_id,
        first_year_labels.unit_code,
        first_year_labels.unit_name,
        first_year_labels.unit_type,
        reconstructed_scores.year,
        cast(reconstructed_scores.score_pct as decimal(18, 6)) as score_pct,
        reconstructed_scores.predecessors

    from reconstructed_scores
    inner join first_year_labels on first_year_labels.unit_id = reconstructed_scores.unit_id
    where
        reconstructed_scores.score_pct is not null
        and reconstructed_scores.year < first_year_labels.first_year

)

select * from final
