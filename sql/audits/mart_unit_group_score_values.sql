-- severity: error
-- description: mart_unit_group_score: group points lie within their maximum, scored criteria within the
-- group's criteria, percentages in 0–100, every scored unit-period of mart_unit_scorecard has groups that
-- add up to its total exactly, and each unit-period has exactly one group to improve first.
with

group_scores as (

    select * from mart_unit_group_score

),

scorecard as (

    select * from mart_unit_scorecard
    where has_score

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
        or scored_criteria not between 0 and criteria_count
        or score_pct not between 0 and 100
        or peer_mean_pct not between 0 and 100

),

bad_totals as (

    select
        scorecard.unit_id,
        scorecard.period,
        case when totals.unit_id is null then 'no groups' else 'totals' end as detail

    from scorecard
    left join totals
        on totals.unit_id = scorecard.unit_id
        and totals.period = scorecard.period
    where
        totals.unit_id is null
        or totals.points <> scorecard.score_points
        or totals.max_points <> scorecard.max_points
        or totals.first_groups <> 1

),

final as (

    select * from bad_groups
    union all
    select * from bad_totals

)

select * from final
