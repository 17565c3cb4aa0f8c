-- severity: error
-- description: Scores lie between 0 and the criterion's maximum; unit totals between 0 and the catalogue's maximum.
with

scores as (

    select * from fct_criterion_score

),

scorecard as (

    select * from mart_unit_scorecard

),

criterion_scores as (

    select
        'fct_criterion_score' as model,
        score_key as row_key,
        score as points,
        max_points

    from scores
    where score < 0 or score > max_points

),

unit_totals as (

    select
        'mart_unit_scorecard' as model,
        unit_id || '@' || period as row_key,
        score_points as points,
        max_points

    from scorecard
    where score_points < 0 or score_points > max_points

),

final as (

    select * from criterion_scores
    union all
    select * from unit_totals

)

select * from final
