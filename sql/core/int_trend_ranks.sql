-- grain: one row per unit and year of the trend (int_trend_rows)
-- primary_key: unit_id, year
-- references: unit_id -> dim_unit.unit_id
-- column unit_id: Unit.
-- column year: Assessment year.
-- column rank: Rank within the unit type by score_pct descending, ties share a rank (1, 2, 2, 4); null without a score. An actual row is ranked in the year's own map (the units that existed on 31 December of the year); a reconstructed row in its unit's later map (the units of its type that existed on 31 December of the unit's first year, each with its score of the year, actual or reconstructed).
-- column ranked_units: Number of ranked units the rank is out of (in the year's map, or in the later map for a reconstructed row).
with

trend_rows as (

    select * from int_trend_rows

),

year_end_units as (

    select * from int_trend_year_end_units

),

first_years as (

    select distinct
        unit_id,
        first_year

    from year_end_units

),

official_ranks as (

    select
        unit_id,
        year,
        rank() over (partition by unit_type, year order by score_pct desc) as rank,
        count(*) over (partition by unit_type, year) as ranked_units

    from trend_rows
    where not is_reconstructed and score_pct is not null

),

-- the later maps reconstructed rows belong to: the years their units first existed
map_years as (

    select distinct first_years.first_year as map_year
    from first_years
    inner join trend_rows
        on trend_rows.unit_id = first_years.unit_id
        and trend_rows.is_reconstructed

),

map_members as (

    select
        map_years.map_year,
        year_end_units.unit_id,
        year_end_units.unit_type

    from year_end_units
    inner join map_years on map_years.map_year = year_end_units.year

),

map_ranks as (

    select
        map_members.map_year,
        trend_rows.unit_id,
        trend_rows.year,
        rank() over (
            partition by map_members.map_year, map_members.unit_type, trend_rows.year
            order by trend_rows.score_pct desc
        ) as rank,
        count(*) over (
            partition by map_members.map_year, map_members.unit_type, trend_rows.year
        ) as ranked_units

    from map_members
    inner join trend_rows
        on trend_rows.unit_id = map_members.unit_id
        and trend_rows.year < map_members.map_year
    where trend_rows.score_pct is not null

),

final as (

    select
        trend_rows.unit_id,
        trend_rows.year,
        coalesce(official_ranks.rank, map_ranks.rank) as rank,
        coalesce(official_ranks.ranked_units, map_ranks.ranked_units) as ranked_units

    from trend_rows
    left join official_ranks
        on not trend_rows.is_reconstructed
        and official_ranks.unit_id = trend_rows.unit_id
        and official_ranks.year = trend_rows.year
    left join first_years on first_years.unit_id = trend_rows.unit_id
    left join map_ranks
        on trend_rows.is_reconstructed
        and map_ranks.map_year = first_years.first_year
        and map_ranks.unit_id = trend_rows.unit_id
        and map_ranks.year = trend_rows.year

)

select * from final
