-- grain: one row per unit and year (annual assessment periods only)
-- primary_key: unit_id, year
-- references: unit_id -> dim_unit.unit_id
-- column unit_id: Unit (stable surrogate key).
-- column unit_code: Official code of the unit (codes are reused after mergers: read it with the unit, never alone).
-- column unit_name: Name of the unit.
-- column unit_type: Peer group the unit is ranked in (PHONG_BAN, PHUONG, XA, ...).
-- column year: Assessment year.
-- column score_pct: Annual score in percent (DECIMAL(18,6)): the unit's own score, or for a year before the unit existed the weighted mean of its predecessors (see is_reconstructed); empty when there is no score ("chưa có dữ liệu").
-- column is_reconstructed: True when the unit did not exist at the end of the year and score_pct is reconstructed from its predecessors through the lineage.
-- column predecessors: For a reconstructed year: how many predecessor units contributed a score; empty otherwise.
-- column change_pp: Change from the previous year in percentage points (DECIMAL(18,6), the exact difference of the two scores); empty when either year has no score.
-- column rank: Rank within the unit type and year by score_pct descending (the full DECIMAL(18,6) value), ties share a rank (1, 2, 2, 4); empty without a score. An actual row is ranked among the units that existed at the end of the year (the year's own ranking). A reconstructed row is ranked among the units of its own later map (those of its type that existed at the end of the year the unit first existed), each with its score of that year, actual or reconstructed; so its places_change into its first real year compares like with like.
-- column ranked_units: Number of ranked units the rank is out of (the year's units, or the later map's for a reconstructed row).
-- column places_change: Places gained since the previous year (previous rank − this rank; positive = moved up).
-- column slope_pp_per_year: Least-squares slope of score_pct over the years of the unit (regr_slope), in percentage points per year; a statistic, DOUBLE and not rounded.
-- column city_mean_pct: Peer mean (DESIGN §5): mean score_pct of the unit type that year over the units as they existed that year, each with its own annual score (int_peer_mean; reconstructed rows are not units of that year). The report's trend charts draw this line.
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
--
-- Built in steps, one int_ model each (sql/core/): int_trend_year_end_units (each year's map of
-- units), int_lineage_walk (the walk back from S, shared with the watch list),
-- int_trend_reconstructed (the weighted means), int_trend_rows (actual and reconstructed rows),
-- int_trend_ranks (the ranks above), int_peer_mean (the peer mean, shared with mart_ranking).
-- Precision (DESIGN §5): scores, changes and means are DECIMAL(18,6), never rounded for display.
with

trend_rows as (

    select * from int_trend_rows

),

trend_ranks as (

    select * from int_trend_ranks

),

peer_means as (

    select * from int_peer_mean

),

city_means as (

    select
        unit_type,
        year,
        peer_mean_pct as city_mean_pct

    from peer_means
    where period_kind = 'YEAR'

),

ranked as (

    select
        trend_rows.*,
        trend_ranks.rank,
        trend_ranks.ranked_units

    from trend_rows
    left join trend_ranks
        on trend_ranks.unit_id = trend_rows.unit_id
        and trend_ranks.year = trend_rows.year

),

with_changes as (

    select
        *,
        case
            when lag(year) over by_unit = year - 1
                then score_pct - lag(score_pct) over by_unit
        end as change_pp,
        case
            when lag(year) over by_unit = year - 1
                then lag(rank) over by_unit - rank
        end as places_change,
        regr_slope(score_pct, year) over (partition by unit_id) as slope_pp_per_year

    from ranked
    window by_unit as (partition by unit_id order by year)

),

final as (

    select
        with_changes.unit_id,
        with_changes.unit_code,
        with_changes.unit_name,
        with_changes.unit_type,
        with_changes.year,
        with_changes.score_pct,
        with_changes.is_reconstructed,
        with_changes.predecessors,
        cast(with_changes.change_pp as decimal(18, 6)) as change_pp,
        with_changes.rank,
        with_changes.ranked_units,
        with_changes.places_change,
        with_changes.slope_pp_per_year,
        city_means.city_mean_pct

    from with_changes
    left join city_means
        on city_means.unit_type = with_changes.unit_type
        and city_means.year = with_changes.year

)

select * from final
