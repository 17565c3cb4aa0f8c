-- grain: one row per unit and year (annual assessment periods only)
-- primary_key: unit_id, year
-- references: unit_id -> dim_unit.unit_id
-- column unit_id: Unit (stable surrogate key).
-- column unit_code: Official code of the unit (codes are reused after mergers: read it with the unit, never alone).
-- column unit_name: Name of the unit.
-- column unit_type: Peer group the unit is ranked in (PHONG_BAN, PHUONG, XA, ...).
-- column year: Assessment year.
-- column score_pct: Annual score in percent: the unit's own score, or for a year before the unit existed the weighted mean of its predecessors (see is_reconstructed); empty when there is no score ("chưa có dữ liệu").
-- column is_reconstructed: True when the unit did not exist at the end of the year and score_pct is reconstructed from its predecessors through the lineage.
-- column predecessors: For a reconstructed year: how many predecessor units contributed a score; empty otherwise.
-- column change_pp: Change from the previous year in percentage points; empty when either year has no score.
-- column rank: Rank within the unit type and year by score_pct descending, ties share a rank (1, 2, 2, 4); empty without a score. An actual row is ranked among the units that existed at the end of the year (the year's own ranking). A reconstructed row is ranked among the units of its own later map (those of its type that existed at the end of the year the unit first existed), each with its score of that year, actual or reconstructed; so its places_change into its first real year compares like with like.
-- column ranked_units: Number of ranked units the rank is out of (the year's units, or the later map's for a reconstructed row).
-- column places_change: Places gained since the previous year (previous rank − this rank; positive = moved up).
-- column slope_pp_per_year: Least-squares slope of score_pct over the years of the unit (regr_slope), in percentage points per year.
-- column city_mean_pct: Mean score_pct of the unit type in the city that year, over the units that existed at the end of the year (reconstructed rows are not counted twice).
--
-- Which units appear in a year: every unit that existed on 31 December of that year (its own
-- annual score, or no score), plus, for every unit that exists on a later 31 December, the years
-- before its first one that its predecessors can be traced back to (is_reconstructed). A unit
-- that existed only within a year (e.g. Châu Cầu, 1/1–30/6/2025) has no row of its own: it is a
-- link in its successors' lineage.
--
-- Reconstruction rule (DESIGN §2): the score of successor S in a year Y before S existed is the
-- weighted mean of the annual scores of its predecessors P that existed on 31 December of Y,
--     score(S, Y) = Σ score(P, Y) · w(P) / Σ w(P),   w(P) = share(P → S) · population(P)
-- where share(P → S) is the product of the lineage shares along the chain from P to S, summed
-- over chains (e.g. Minh Khai → Châu Cầu (1/1/2025) → Phủ Lý ward (1/7/2025): 1 · 1), and
-- population(P) is P's population on 31 December of Y. The walk back from S follows only lineage
-- steps that took effect after 31 December of Y, and every unit it reaches that existed on that
-- day is a predecessor P. So a unit that carried on and later absorbed another (Trần Hưng Đạo →
-- Quang Trung, 1/1/2025) passes its share to both (Quang Trung 0.6 → Phủ Lý ward: Quang Trung ·
-- 0.6 and Trần Hưng Đạo · 1 · 0.6), and nothing that had already merged by then is counted
-- twice. Only predecessors with a score count (the weights are renormalised over them). If any
-- of those has no known population, w(P) = share(P → S) for all of them, so people and
-- fractions never mix.
with recursive

annual_scores as (
    select unit_id, year, score_pct
    from mart_unit_scorecard
    where period_kind = 'YEAR'
),

unit_versions as (
    select unit_id, unit_code, unit_name, unit_type, valid_from, valid_to, population
    from stg_units
),

lineage as (
    select from_unit_id, to_unit_id, effective_date, share from stg_unit_lineage
),

years as (
    select distinct year from annual_scores
),

year_end_units as (
    select
        years.year as year,
        unit_versions.unit_id as unit_id,
        unit_versions.unit_code as unit_code,
        unit_versions.unit_name as unit_name,
        unit_versions.unit_type as unit_type,
        unit_versions.population as population
    from years
    inner join unit_versions
        on unit_versions.valid_from <= make_date(years.year, 12, 31)
        and (unit_versions.valid_to is null or unit_versions.valid_to >= make_date(years.year, 12, 31))
    qualify row_number() over (
        partition by years.year, unit_versions.unit_id order by unit_versions.valid_from desc
    ) = 1
),

first_years as (
    select unit_id, min(year) as first_year from year_end_units group by all
),

years_to_reconstruct as (
    select first_years.unit_id as unit_id, years.year as year
    from first_years
    inner join years on years.year < first_years.first_year
),

lineage_walk as (
    select
        years_to_reconstruct.unit_id as unit_id,
        years_to_reconstruct.year as year,
        lineage.from_unit_id as ancestor_id,
        lineage.share as path_share,
        1 as depth
    from years_to_reconstruct
    inner join lineage
        on lineage.to_unit_id = years_to_reconstruct.unit_id
        and lineage.effective_date > make_date(years_to_reconstruct.year, 12, 31)
    union all
    select
        lineage_walk.unit_id as unit_id,
        lineage_walk.year as year,
        lineage.from_unit_id as ancestor_id,
        lineage_walk.path_share * lineage.share as path_share,
        lineage_walk.depth + 1 as depth
    from lineage_walk
    inner join lineage
        on lineage.to_unit_id = lineage_walk.ancestor_id
        and lineage.effective_date > make_date(lineage_walk.year, 12, 31)
    -- a cycle in a broken lineage file must not loop forever
    where lineage_walk.depth < 32
),

contributions as (
    select
        lineage_walk.unit_id as unit_id,
        lineage_walk.year as year,
        lineage_walk.ancestor_id as predecessor_id,
        sum(lineage_walk.path_share) as share,
        any_value(existing.population) as population,
        any_value(annual_scores.score_pct) as score_pct
    from lineage_walk
    inner join year_end_units as existing
        on existing.unit_id = lineage_walk.ancestor_id
        and existing.year = lineage_walk.year
    inner join annual_scores
        on annual_scores.unit_id = lineage_walk.ancestor_id
        and annual_scores.year = lineage_walk.year
    where annual_scores.score_pct is not null
    group by lineage_walk.unit_id, lineage_walk.year, lineage_walk.ancestor_id
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
    select year_end_units.*
    from year_end_units
    inner join first_years
        on first_years.unit_id = year_end_units.unit_id
        and first_years.first_year = year_end_units.year
),

actual_rows as (
    select
        year_end_units.unit_id as unit_id,
        year_end_units.unit_code as unit_code,
        year_end_units.unit_name as unit_name,
        year_end_units.unit_type as unit_type,
        year_end_units.year as year,
        annual_scores.score_pct as score_pct,
        false as is_reconstructed,
        null::bigint as predecessors
    from year_end_units
    left join annual_scores
        on annual_scores.unit_id = year_end_units.unit_id
        and annual_scores.year = year_end_units.year
),

reconstructed_rows as (
    select
        reconstructed_scores.unit_id as unit_id,
        first_year_labels.unit_code as unit_code,
        first_year_labels.unit_name as unit_name,
        first_year_labels.unit_type as unit_type,
        reconstructed_scores.year as year,
        round(reconstructed_scores.score_pct, 2) as score_pct,
        true as is_reconstructed,
        reconstructed_scores.predecessors as predecessors
    from reconstructed_scores
    inner join first_year_labels on first_year_labels.unit_id = reconstructed_scores.unit_id
    where reconstructed_scores.score_pct is not null
),

trend_rows as (
    select * from actual_rows
    union all
    select * from reconstructed_rows
),

city_means as (
    select unit_type, year, round(avg(score_pct), 2) as city_mean_pct
    from actual_rows
    group by all
),

official_ranks as (
    select
        unit_id,
        year,
        rank() over (partition by unit_type, year order by score_pct desc) as rank,
        count(*) over (partition by unit_type, year) as ranked_units
    from actual_rows
    where score_pct is not null
),

-- the later map a reconstructed row belongs to: the units of the year its unit first existed
map_members as (
    select
        year_end_units.year as map_year,
        year_end_units.unit_id as unit_id,
        year_end_units.unit_type as unit_type
    from year_end_units
    where year_end_units.year in (
        select first_years.first_year
        from first_years
        inner join reconstructed_rows on reconstructed_rows.unit_id = first_years.unit_id
    )
),

map_ranks as (
    select
        map_members.map_year as map_year,
        trend_rows.unit_id as unit_id,
        trend_rows.year as year,
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

ranked as (
    select
        trend_rows.*,
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
),

with_changes as (
    select
        *,
        case when lag(year) over by_unit = year - 1
            then score_pct - lag(score_pct) over by_unit end as change_pp,
        case when lag(year) over by_unit = year - 1
            then lag(rank) over by_unit - rank end as places_change,
        regr_slope(score_pct, year) over (partition by unit_id) as slope_pp_per_year
    from ranked
    window by_unit as (partition by unit_id order by year)
)

select
    with_changes.unit_id as unit_id,
    with_changes.unit_code as unit_code,
    with_changes.unit_name as unit_name,
    with_changes.unit_type as unit_type,
    with_changes.year as year,
    with_changes.score_pct as score_pct,
    with_changes.is_reconstructed as is_reconstructed,
    with_changes.predecessors as predecessors,
    round(with_changes.change_pp, 2) as change_pp,
    with_changes.rank as rank,
    with_changes.ranked_units as ranked_units,
    with_changes.places_change as places_change,
    round(with_changes.slope_pp_per_year, 4) as slope_pp_per_year,
    city_means.city_mean_pct as city_mean_pct
from with_changes
left join city_means
    on city_means.unit_type = with_changes.unit_type
    and city_means.year = with_changes.year
order by with_changes.unit_type, with_changes.unit_id, with_changes.year
