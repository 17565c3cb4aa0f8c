-- severity: warn
-- description: Current scores for a criterion that the catalogue valid for the unit on the
-- period's end date does not hold: they count in no total.
with

scores as (

    select * from fct_criterion_score

),

final as (

    select
        score_key,
        period,
        unit_id,
        unit_type,
        assessor,
        criterion_id

    from scores
    where is_current and catalogue_id is null

)

select * from final
