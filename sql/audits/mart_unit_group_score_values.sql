-- severity: error
-- description: mart_unit_group_score: group points lie within their maximum, percentages in 0–100, the
-- groups of a unit-period add up to its mart_unit_scorecard total, and each unit-period has exactly
-- one group to improve first.
with

group_scores as (

    select * from mart_unit_group_score

),

scorecard as (

    select * from mart_unit_scorecard

),

totals as (

    select
        unit_id,
        period,
        sum(points) as points,
        sum(max_points) as max_points,
        count(*) filter (where improvement_rank = 1) as first_groups

    from group_scores
    group by all

),

bad_groups as (

    select
        unit_id,
        period,
        group_id as detail

    from group_scores
    where
        points not between 0 and max_points
        or score_pct not between 0 and 100
        or peer_mean_pct not between 0 and 100

),

bad_totals as (

    select
        totals.unit_id,
        totals.period,
        'totals' as detail

    from totals
    inner join scorecard
        on scorecard.unit_id = totals.unit_id
        and scorecard.period = totals.period
    where
        totals.points <> scorecard.score_points
        or totals.max_points <> scorecard.max_points
        or totals.first_groups <> 1

),

final as (

    select * from bad_groups
    union all
    select * from bad_totals

)

select * from final
