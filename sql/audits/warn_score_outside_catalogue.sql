-- severity: warn
-- Current scores for a criterion that the catalogue valid for the unit on the period's end date does not hold: they count in no total.
select
    score_key,
    period,
    unit_id,
    unit_type,
    assessor,
    criterion_id

from fct_criterion_score
where is_current and catalogue_id is null
