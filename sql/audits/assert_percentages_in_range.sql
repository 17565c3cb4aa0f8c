-- severity: error
-- Percentages lie between 0 and 100 (the self-assessment gap between −100 and 100).
with

percentages as (

    select 'mart_unit_scorecard.score_pct' as measure, unit_id || '@' || period as row_key, score_pct as value
    from mart_unit_scorecard

    union all

    select 'mart_unit_scorecard.completeness_pct', unit_id || '@' || period, completeness_pct
    from mart_unit_scorecard

    union all

    select 'mart_ranking.score_pct', unit_id || '@' || period, score_pct
    from mart_ranking

    union all

    select 'mart_ranking.completeness_pct', unit_id || '@' || period, completeness_pct
    from mart_ranking

),

gaps as (

    select 'mart_unit_scorecard.self_gap_pp' as measure, unit_id || '@' || period as row_key, self_gap_pp as value
    from mart_unit_scorecard

)

select * from percentages where value < 0 or value > 100
union all
select * from gaps where value < -100 or value > 100
