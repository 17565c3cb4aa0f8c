-- severity: warn
-- description: Current scores for a criterion that is not valid for the unit's type on the
-- period's end date (no criterion of that id whose own valid_from/valid_to cover the day): they
-- count in no total.
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
