-- grain: one row per unit valid on at least one day of a period × period with submissions (DESIGN §5; int_unit_period)
-- primary_key: unit_id, period
-- references: unit_id -> dim_unit.unit_id
-- references: period -> dim_period.period
-- column unit_id: Unit.
-- column unit_code: Official code of the unit's last version valid in the period.
-- column unit_name: Name of that version.
-- column unit_type: Unit type (ranking peer group).
-- column period: Assessment period.
-- column period_kind: YEAR, HALF or QUARTER.
-- column year: Calendar year of the period.
-- column catalogue_id: Catalogue the unit was scored against.
-- column criteria_count: Criteria in the catalogue.
-- column scored_criteria: Criteria with a final score.
-- column has_score: False when the unit has no current score at all for the period ("chưa có dữ liệu"); its scores are then null.
-- column score_points: Sum of final scores (APPRAISAL, else SURVEY, else SELF); missing criteria count 0.
-- column self_points: Sum of the current SELF scores.
-- column appraisal_points: Sum of the current APPRAISAL scores.
-- column survey_points: Sum of the current SURVEY scores.
-- column max_points: Sum of the catalogue's maximum points.
-- column score_pct: 100 · score_points / max_points, rounded to 2 decimals (ranks compare the rounded value, so float noise never breaks a tie).
-- column completeness_pct: Percentage of the catalogue's criteria whose expected score exists (see int_criterion_final.is_complete).
-- column unappraised_criteria: Criteria whose final score is a SELF score.
-- column is_unappraised: True when at least one final score is a SELF score.
-- column self_gap_points: Self-assessment gap: SELF score − final score, summed over the criteria the unit self-scored.
-- column self_gap_pp: The gap in percentage points of max_points.
-- column band: Classification of bands.csv for the catalogue: the highest band whose min_pct ≤ score_pct.
with

unit_periods as (

    select * from int_unit_period

),

criterion_finals as (

    select * from int_criterion_final

),

bands as (

    select * from stg_bands

),

totals as (

    select
        unit_id,
        period,
        count(*) as criteria_count,
        count(final_score) as scored_criteria,
        sum(final_score) as score_points,
        sum(self_score) as self_points,
        sum(appraisal_score) as appraisal_points,
        sum(survey_score) as survey_points,
        sum(max_points) as max_points,
        count(*) filter (where is_complete) as complete_criteria,
        count(*) filter (where is_unappraised) as unappraised_criteria,
        sum(self_score - final_score) as self_gap_points

    from criterion_finals
    group by all

),

scorecard as (

    select
        unit_periods.unit_id,
        unit_periods.unit_code,
        unit_periods.unit_name,
        unit_periods.unit_type,
        unit_periods.period,
        unit_periods.period_kind,
        unit_periods.year,
        unit_periods.catalogue_id,
        coalesce(totals.criteria_count, 0) as criteria_count,
        coalesce(totals.scored_criteria, 0) as scored_criteria,
        coalesce(totals.scored_criteria, 0) > 0 as has_score,
        round(totals.score_points, 2) as score_points,
        round(totals.self_points, 2) as self_points,
        round(totals.appraisal_points, 2) as appraisal_points,
        round(totals.survey_points, 2) as survey_points,
        round(totals.max_points, 2) as max_points,
        round(100.0 * totals.score_points / nullif(totals.max_points, 0), 2) as score_pct,
        coalesce(
            round(100.0 * totals.complete_criteria / nullif(totals.criteria_count, 0), 2), 0.0
        ) as completeness_pct,
        coalesce(totals.unappraised_criteria, 0) as unappraised_criteria,
        coalesce(totals.unappraised_criteria, 0) > 0 as is_unappraised,
        round(totals.self_gap_points, 2) as self_gap_points,
        round(100.0 * totals.self_gap_points / nullif(totals.max_points, 0), 2) as self_gap_pp

    from unit_periods
    left join totals
        on totals.unit_id = unit_periods.unit_id
        and totals.period = unit_periods.period

),

banded as (

    select
        scorecard.*,
        bands.band

    from scorecard
    left join bands
        on bands.catalogue_id = scorecard.catalogue_id
        and bands.min_pct <= scorecard.score_pct
    qualify row_number() over (
        partition by scorecard.unit_id, scorecard.period
        order by bands.min_pct desc nulls last
    ) = 1

)

select * from banded
