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
-- column catalogue_id: Catalogue of the criteria the unit was scored against (the criteria of its unit type valid on the period's end date); null when none is.
-- column criteria_count: Criteria of the unit type valid on the period's end date.
-- column scored_criteria: Criteria with a final score.
-- column has_score: False when the unit has no current score at all for the period ("chưa có dữ liệu"); its scores are then null.
-- column score_points: Sum of final scores (APPRAISAL, else SURVEY, else SELF); missing criteria count 0. DECIMAL(18,6), exact.
-- column self_points: Sum of the current SELF scores.
-- column appraisal_points: Sum of the current APPRAISAL scores.
-- column survey_points: Sum of the current SURVEY scores.
-- column max_points: Sum of the maximum points of the criteria valid on the period's end date.
-- column score_pct: 100 · score_points / max_points as DECIMAL(18,6), never rounded further: ranks, ties and bands compare this value.
-- column completeness_pct: Percentage of the criteria whose expected score exists (see int_criterion_final.is_complete).
-- column unappraised_criteria: Criteria whose final score is a SELF score.
-- column is_unappraised: True when at least one final score is a SELF score.
-- column self_gap_points: Self-assessment gap: SELF score − final score, summed over the criteria the unit self-scored.
-- column self_gap_pp: The gap in percentage points of max_points (DECIMAL(18,6)).
-- column band: Classification of bands.csv for the catalogue: the band with the highest min_pct ≤ score_pct; a score exactly at a min_pct is in that band.
--
-- Precision (DESIGN §5): scores are summed as DECIMAL(18,6), so totals are exact; a percentage is
-- the quotient rounded once, to 6 decimals. Nothing here is rounded for display.
-- Bands: each band of a catalogue covers [min_pct, the next higher min_pct); bands of one
-- catalogue must have distinct min_pct (assert_band_thresholds_distinct). No row is dropped or
-- deduplicated here: a unit-period listed twice upstream reaches the primary-key audit.
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
        min(catalogue_id) as catalogue_id,
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

band_ranges as (

    select
        catalogue_id,
        band,
        cast(min_pct as decimal(18, 6)) as min_pct,
        lead(cast(min_pct as decimal(18, 6))) over (partition by catalogue_id order by min_pct, band) as next_min_pct

    from bands

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
        totals.catalogue_id,
        coalesce(totals.criteria_count, 0) as criteria_count,
        coalesce(totals.scored_criteria, 0) as scored_criteria,
        coalesce(totals.scored_criteria, 0) > 0 as has_score,
        cast(totals.score_points as decimal(18, 6)) as score_points,
        cast(totals.self_points as decimal(18, 6)) as self_points,
        cast(totals.appraisal_points as decimal(18, 6)) as appraisal_points,
        cast(totals.survey_points as decimal(18, 6)) as survey_points,
        cast(totals.max_points as decimal(18, 6)) as max_points,
        cast(100 * totals.score_points / nullif(totals.max_points, 0) as decimal(18, 6)) as score_pct,
        cast(
            coalesce(100 * totals.complete_criteria / nullif(totals.criteria_count, 0), 0) as decimal(18, 6)
        ) as completeness_pct,
        coalesce(totals.unappraised_criteria, 0) as unappraised_criteria,
        coalesce(totals.unappraised_criteria, 0) > 0 as is_unappraised,
        cast(totals.self_gap_points as decimal(18, 6)) as self_gap_points,
        cast(100 * totals.self_gap_points / nullif(totals.max_points, 0) as decimal(18, 6)) as self_gap_pp

    from unit_periods
    left join totals
        on totals.unit_id = unit_periods.unit_id
        and totals.period = unit_periods.period

),

banded as (

    select
        scorecard.*,
        band_ranges.band

    from scorecard
    left join band_ranges
        on band_ranges.catalogue_id = scorecard.catalogue_id
        and band_ranges.min_pct <= scorecard.score_pct
        and (band_ranges.next_min_pct is null or band_ranges.next_min_pct > scorecard.score_pct)

)

select * from banded
