-- grain: one row per unit valid on at least one day of a period × period with submissions (DESIGN §5, §6; int_unit_period)
-- primary_key: unit_id, period
-- references: unit_id -> dim_unit.unit_id
-- references: period -> dim_period.period
-- column unit_id: Unit.
-- column unit_code: Official code of the unit's last version valid in the period.
-- column unit_name: Name of that version.
-- column unit_type: Unit type: units are ranked within their type.
-- column period: Assessment period.
-- column period_kind: YEAR, HALF or QUARTER.
-- column year: Calendar year of the period.
-- column score_points: Total of final scores (DECIMAL(18,6)); null when the unit has no current score ("chưa có dữ liệu").
-- column max_points: Maximum points of the criteria valid on the period's end date.
-- column score_pct: 100 · score_points / max_points (DECIMAL(18,6), not rounded for display); null without a score.
-- column band: Classification band; null without a score.
-- column rank: Rank within the unit type and period by score_pct descending, on the full DECIMAL(18,6) value; ties share the rank and the next rank skips (1, 2, 2, 4); null without a score.
-- column rank_change: Rank in the previous period of the same kind minus this rank (positive = places gained); null when either is missing.
-- column previous_rank: Rank in the previous period of the same kind.
-- column ranked_units: Units of the same type ranked in the period (units without a score do not count).
-- column completeness_pct: Percentage of the criteria whose expected score exists.
-- column is_unappraised: True when at least one final score is an unappraised SELF score.
-- column peer_mean_pct: Mean score_pct of the ranked units of the type in the period (int_peer_mean), the mean the report shows.
--
-- Two units whose scores differ only in the third decimal or beyond rank differently: only exactly
-- equal scores tie. Displays that round (the report, charts, notebooks) say so when two rounded
-- scores look equal but rank differently.
with

scorecard as (

    select * from mart_unit_scorecard

),

periods as (

    select * from dim_period

),

peer_means as (

    select * from int_peer_mean

),

ranked as (

    select
        scorecard.*,
        case
            when scorecard.score_pct is not null
                then rank() over (
                    partition by scorecard.period, scorecard.unit_type, scorecard.score_pct is null
                    order by scorecard.score_pct desc
                )
        end as rank,
        count(scorecard.score_pct) over (partition by scorecard.period, scorecard.unit_type) as ranked_units

    from scorecard

),

final as (

    select
        ranked.unit_id,
        ranked.unit_code,
        ranked.unit_name,
        ranked.unit_type,
        ranked.period,
        ranked.period_kind,
        ranked.year,
        ranked.score_points,
        ranked.max_points,
        ranked.score_pct,
        ranked.band,
        cast(ranked.rank as integer) as rank,
        cast(previous.rank - ranked.rank as integer) as rank_change,
        cast(previous.rank as integer) as previous_rank,
        cast(ranked.ranked_units as integer) as ranked_units,
        ranked.completeness_pct,
        ranked.is_unappraised,
        peer_means.peer_mean_pct

    from ranked
    inner join periods on periods.period = ranked.period
    left join ranked as previous
        on previous.period = periods.previous_period
        and previous.unit_id = ranked.unit_id
    left join peer_means
        on peer_means.unit_type = ranked.unit_type
        and peer_means.period = ranked.period

)

select * from final
