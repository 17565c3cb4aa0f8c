-- grain: one row per unit-period (int_unit_period) × criterion of the unit type valid on the period's end date
-- primary_key: unit_id, period, criterion_id
-- column unit_id: Unit.
-- column period: Assessment period.
-- column catalogue_id: Catalogue the criterion belongs to.
-- column criterion_id: Criterion of the catalogue.
-- column group_id: Group of criteria the criterion belongs to (dim_criterion); null when the catalogue gives none.
-- column group_name: Name of that group.
-- column max_points: Maximum points of the criterion (DECIMAL(18,6)).
-- column assessor_source: Who is expected to score it (SELF or SURVEY).
-- column self_score: Current SELF score; null when not submitted.
-- column appraisal_score: Current APPRAISAL score; null when not appraised.
-- column survey_score: Current SURVEY score; null when not surveyed.
-- column final_score: DESIGN §5: the APPRAISAL score, else the SURVEY score, else the SELF score; null when none.
-- column final_source: Assessor of final_score (APPRAISAL, SURVEY, SELF) or null.
-- column is_unappraised: True when the final score is a SELF score (nobody appraised or surveyed it).
-- column is_complete: True when the expected score exists: an APPRAISAL score, or a SURVEY score for a SURVEY criterion, or a SELF score for a SELF criterion.
--
-- Which criteria a unit-period is scored on (DESIGN §5): those of its unit type valid on the
-- period's end date, each by its own valid_from/valid_to, whatever the catalogue's other criteria
-- say (a criterion added on 1/7/2024 counts in 2024 and 2024-H2, not in 2024-H1). Two versions of
-- one criterion valid on one day would give two rows here; assert_catalogue_versions reports them.
with

unit_periods as (

    select * from int_unit_period

),

criteria as (

    select * from dim_criterion

),

submission_scores as (

    select * from stg_submission_score
    where is_current

),

current_scores as (

    select
        unit_id,
        period,
        criterion_id,
        cast(max(score) filter (where assessor = 'SELF') as decimal(18, 6)) as self_score,
        cast(max(score) filter (where assessor = 'APPRAISAL') as decimal(18, 6)) as appraisal_score,
        cast(max(score) filter (where assessor = 'SURVEY') as decimal(18, 6)) as survey_score

    from submission_scores
    group by all

),

expected as (

    select
        unit_periods.unit_id,
        unit_periods.period,
        criteria.catalogue_id,
        criteria.criterion_id,
        criteria.group_id,
        criteria.group_name,
        criteria.max_points,
        criteria.assessor_source

    from unit_periods
    inner join criteria
        on criteria.unit_type = unit_periods.unit_type
        and unit_periods.end_date between criteria.valid_from and coalesce(criteria.valid_to, date '9999-12-31')

),

final as (

    select
        expected.*,
        current_scores.self_score,
        current_scores.appraisal_score,
        current_scores.survey_score,
        coalesce(current_scores.appraisal_score, current_scores.survey_score, current_scores.self_score) as final_score,
        case
            when current_scores.appraisal_score is not null then 'APPRAISAL'
            when current_scores.survey_score is not null then 'SURVEY'
            when current_scores.self_score is not null then 'SELF'
        end as final_source,
        (
            current_scores.appraisal_score is null
            and current_scores.survey_score is null
            and current_scores.self_score is not null
        ) as is_unappraised,
        coalesce(
            current_scores.appraisal_score is not null
            or (expected.assessor_source = 'SURVEY' and current_scores.survey_score is not null)
            or (expected.assessor_source = 'SELF' and current_scores.self_score is not null),
            false
        ) as is_complete

    from expected
    left join current_scores
        on current_scores.unit_id = expected.unit_id
        and current_scores.period = expected.period
        and current_scores.criterion_id = expected.criterion_id

)

select * from final
