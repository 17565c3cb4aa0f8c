-- severity: error
-- description: mart_group_score percentages lie in 0–100, a group's points lie within its maximum,
-- and the groups of a unit-period add up to its mart_unit_scorecard points and maximum exactly.
with

group_scores as (

    select * from mart_group_score

),

scorecard as (

    select * from mart_unit_scorecard
    where has_score

),

totals as (

    select
        unit_id,
        period,
        cast(sum(score_points) as decimal(18, 6)) as score_points,
        cast(sum(max_points) as decimal(18, 6)) as max_points,
        bool_or(score_pct not between 0 and 100 or peer_mean_pct not between 0 and 100) as out_of_range,
        bool_or(score_points > max_points or scored_criteria > criteria_count) as over_maximum

    from group_scores
    group by all

),

final as (

    select
        scorecard.unit_id,
        scorecard.period,
        scorecard.score_points as scorecard_points,
        totals.score_points as group_points,
        scorecard.max_points as scorecard_max_points,
        totals.max_points as group_max_points

    from scorecard
    left join totals
        on totals.unit_id = scorecard.unit_id
        and totals.period = scorecard.period
    where
        totals.unit_id is null
        or totals.score_points <> scorecard.score_points
        or totals.max_points <> scorecard.max_points
        or totals.out_of_range
        or totals.over_maximum

)

select * from final
