-- severity: error
-- description: Percentages lie between 0 and 100 (the self-assessment gap between −100 and 100).
with

scorecard as (

    select * from mart_unit_scorecard

),

ranking as (

    select * from mart_ranking

),

percentages as (

    select
        'mart_unit_scorecard.score_pct' as measure,
        unit_id || '@' || period as row_key,
        score_pct as value

    from scorecard

    union all

    select
        'mart_unit_scorecard.completeness_pct' as measure,
        unit_id || '@' || period as row_key,
        completeness_pct as value

    from scorecard

    union all

    select
        'mart_ranking.score_pct' as measure,
        unit_id || '@' || period as row_key,
        score_pct as value

    from ranking

    union all

    select
        'mart_ranking.completeness_pct' as measure,
        unit_id || '@' || period as row_key,
        completeness_pct as value

    from ranking

),

gaps as (

    select
        'mart_unit_scorecard.self_gap_pp' as measure,
        unit_id || '@' || period as row_key,
        self_gap_pp as value

    from scorecard

),

final as (

    select * from percentages
    where value < 0 or value > 100

    union all

    select * from gaps
    where value < -100 or value > 100

)

select * from final
