-- grain: one row per unit type × period of mart_unit_scorecard with at least one scored unit
-- primary_key: unit_type, period
-- column unit_type: Peer group.
-- column period: Assessment period (year, half or quarter).
-- column period_kind: YEAR, HALF or QUARTER.
-- column year: Calendar year of the period.
-- column scored_units: Units of the type with a score in the period.
-- column peer_mean_pct: Mean score_pct of those units (DECIMAL(18,6)).
--
-- The peer-group mean of DESIGN §5, in one place: the mean over the units as they existed in the
-- period, each with its own score (a merged ward's reconstructed history is not a unit of an
-- earlier year, and a unit without a score does not count). mart_ranking shows it per period,
-- mart_trend per year (city_mean_pct); the report and its charts read it from there.
with

scorecard as (

    select * from mart_unit_scorecard
    where score_pct is not null

),

final as (

    select
        unit_type,
        period,
        period_kind,
        year,
        count(*) as scored_units,
        cast(avg(score_pct) as decimal(18, 6)) as peer_mean_pct

    from scorecard
    group by all

)

select * from final
