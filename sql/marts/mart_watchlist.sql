-- grain: one row per flagged unit and period (every period kind with data: year, half, quarter): only unit-periods with at least one reason
-- primary_key: unit_id, period
-- references: unit_id -> dim_unit.unit_id
-- references: period -> dim_period.period
-- column unit_id: Flagged unit.
-- column unit_name: Name of the unit version of the period (its latest version valid in the period).
-- column unit_type: Peer group of that version.
-- column period: Period the flags are about (join mart_ranking and mart_unit_scorecard on unit_id and period).
-- column period_kind: YEAR, HALF or QUARTER.
-- column year: Calendar year of the period.
-- column reasons: Every reason code that applies, in this order: SELF_GAP, SATISFACTION_DROP, HARASSMENT, OVERDUE_MEASURES.
-- column reasons_text: The same reason codes joined with ", " (for BI tools without list types).
-- column is_self_gap: SELF_GAP: the period's self-assessment exceeds the final score by at least watch_self_gap_pp percentage points.
-- column is_satisfaction_drop: SATISFACTION_DROP: satisfaction fell by at least watch_satisfaction_drop_pp points from the previous period of the same kind, both periods having at least watch_min_responses answered items.
-- column is_harassment: HARASSMENT: GAY_PHIEN_HA findings in inspections of the period reach watch_harassment_findings.
-- column is_overdue_measures: OVERDUE_MEASURES: corrective measures of the period's findings still open past their deadline on the inspections' as-of date reach watch_overdue_measures.
-- column self_gap_pp: Self-assessment gap (SELF total − final total) in percentage points of max_points (mart_unit_scorecard, DECIMAL(18,6)).
-- column answered: Feedback items received in the period whose sender gave a satisfaction level (DECIMAL(18,6), to compare with previous_answered).
-- column satisfaction_pct: Satisfied items (fct_feedback.is_satisfied) over answered ones, in percent (DECIMAL(18,6)).
-- column previous_answered: Answered items of the previous period of the same kind: the unit's own, or for a unit that did not exist at that period's end its predecessors' answers weighted by their lineage shares (DECIMAL(18,6)).
-- column previous_satisfaction_pct: Satisfaction in the previous period, the unit's own or its predecessors' lineage-weighted one (DECIMAL(18,6)).
-- column satisfaction_drop_pp: previous_satisfaction_pct − satisfaction_pct (positive = fell), exact (DECIMAL(18,6)).
-- column is_lineage_comparison: True when the previous period's satisfaction is the predecessors' (the unit did not exist at the end of that period).
-- column harassment_findings: GAY_PHIEN_HA findings in inspections of the period.
-- column overdue_measures: Corrective measures of the period's findings open past their deadline on the inspections' as-of date.
--
-- Seed item 3: units implementing the model "formalistically or ineffectively". The thresholds
-- are the profile's (thresholds.csv through stg_thresholds), never constants in this file; a
-- value exactly at its threshold is flagged. Rules (DESIGN §5):
-- - Periods: a feedback item belongs to the year, half and quarter of its received_at, a finding
--   to those of its inspection_date, a self-assessment gap to the period it was scored for; every
--   unit-period with any of these is judged.
-- - Satisfaction: rates are computed from the counts as DECIMAL(18,6) and compared exactly (22/30
--   → 19/30 is a fall of exactly 10 pp). The previous period is the one just before of the same
--   kind (dim_period.previous_period). A unit that existed at its end compares with its own
--   value; a unit created later (by a merger, split or rename) with its predecessors' value in
--   that period: the ancestors int_lineage_walk reaches through steps effective after the
--   period's end that existed on that day, each ancestor's satisfied and answered counts weighted
--   by its lineage share, so the rate is the pooled rate of the parts that went to the unit. A
--   fall is judged only when both periods have at least watch_min_responses answered items (the
--   weighted count for predecessors): two answers are no evidence.
with

profile_thresholds as (

    select * from stg_thresholds

),

periods as (

    select * from dim_period

),

scorecard as (

    select * from mart_unit_scorecard

),

feedback as (

    select * from fct_feedback

),

findings as (

    select * from fct_inspection_finding
    where is_finding

),

unit_versions as (

    select * from dim_unit

),

lineage_walk as (

    select * from int_lineage_walk

),

thresholds as (

    select
        cast(max(threshold_value) filter (where threshold_key = 'watch_self_gap_pp') as decimal(18, 6))
            as self_gap_pp,
        cast(max(threshold_value) filter (where threshold_key = 'watch_satisfaction_drop_pp') as decimal(18, 6))
            as satisfaction_drop_pp,
        max(threshold_value) filter (where threshold_key = 'watch_harassment_findings') as harassment_findings,
        max(threshold_value) filter (where threshold_key = 'watch_overdue_measures') as overdue_measures,
        cast(max(threshold_value) filter (where threshold_key = 'watch_min_responses') as decimal(18, 6))
            as min_responses

    from profile_thresholds

),

self_gaps as (

    select
        unit_id,
        period,
        self_gap_pp

    from scorecard

),

-- the units that existed on a period's last day
period_end_units as (

    select distinct
        unit_versions.unit_id,
        periods.period

    from unit_versions
    inner join periods
        on periods.end_date between unit_versions.valid_from and coalesce(unit_versions.valid_to, date '9999-12-31')

),

satisfaction_counts as (

    select
        feedback.unit_id,
        periods.period,
        cast(count(*) filter (where feedback.is_satisfied) as decimal(18, 6)) as satisfied,
        cast(count(feedback.is_satisfied) as decimal(18, 6)) as answered

    from feedback
    inner join periods
        on cast(feedback.received_at as date) between periods.start_date and periods.end_date
    group by all

),

own_previous as (

    select
        satisfaction_counts.unit_id,
        satisfaction_counts.period,
        satisfaction_counts.satisfied,
        satisfaction_counts.answered,
        false as is_lineage_comparison

    from satisfaction_counts
    inner join period_end_units
        on period_end_units.unit_id = satisfaction_counts.unit_id
        and period_end_units.period = satisfaction_counts.period

),

lineage_previous as (

    select
        lineage_walk.unit_id,
        lineage_walk.period,
        cast(sum(lineage_walk.path_share * satisfaction_counts.satisfied) as decimal(18, 6)) as satisfied,
        cast(sum(lineage_walk.path_share * satisfaction_counts.answered) as decimal(18, 6)) as answered,
        true as is_lineage_comparison

    from lineage_walk
    inner join period_end_units
        on period_end_units.unit_id = lineage_walk.ancestor_id
        and period_end_units.period = lineage_walk.period
    inner join satisfaction_counts
        on satisfaction_counts.unit_id = lineage_walk.ancestor_id
        and satisfaction_counts.period = lineage_walk.period
    group by all

),

previous_counts as (

    select * from own_previous
    union all
    select * from lineage_previous

),

satisfaction_changes as (

    select
        current_period.unit_id,
        current_period.period,
        current_period.answered,
        cast(100 * current_period.satisfied / nullif(current_period.answered, 0) as decimal(18, 6))
            as satisfaction_pct,
        previous_period.answered as previous_answered,
        cast(100 * previous_period.satisfied / nullif(previous_period.answered, 0) as decimal(18, 6))
            as previous_satisfaction_pct,
        previous_period.is_lineage_comparison

    from satisfaction_counts as current_period
    inner join periods on periods.period = current_period.period
    left join previous_counts as previous_period
        on previous_period.unit_id = current_period.unit_id
        and previous_period.period = periods.previous_period

),

inspections as (

    select
        findings.unit_id,
        periods.period,
        count(*) filter (where findings.is_harassment) as harassment_findings,
        count(*) filter (where findings.is_overdue) as overdue_measures

    from findings
    inner join periods on findings.inspection_date between periods.start_date and periods.end_date
    group by all

),

unit_periods as (

    select
        unit_id,
        period

    from self_gaps

    union

    select
        unit_id,
        period

    from satisfaction_changes

    union

    select
        unit_id,
        period

    from inspections

),

measured as (

    select
        unit_periods.unit_id,
        unit_periods.period,
        self_gaps.self_gap_pp,
        satisfaction_changes.answered,
        satisfaction_changes.satisfaction_pct,
        satisfaction_changes.previous_answered,
        satisfaction_changes.previous_satisfaction_pct,
        cast(satisfaction_changes.previous_satisfaction_pct - satisfaction_changes.satisfaction_pct as decimal(18, 6))
            as satisfaction_drop_pp,
        satisfaction_changes.is_lineage_comparison,
        coalesce(inspections.harassment_findings, 0) as harassment_findings,
        coalesce(inspections.overdue_measures, 0) as overdue_measures

    from unit_periods
    left join self_gaps
        on self_gaps.unit_id = unit_periods.unit_id
        and self_gaps.period = unit_periods.period
    left join satisfaction_changes
        on satisfaction_changes.unit_id = unit_periods.unit_id
        and satisfaction_changes.period = unit_periods.period
    left join inspections
        on inspections.unit_id = unit_periods.unit_id
        and inspections.period = unit_periods.period

),

flagged as (

    select
        measured.*,
        coalesce(measured.self_gap_pp >= thresholds.self_gap_pp, false) as is_self_gap,
        coalesce(
            measured.answered >= thresholds.min_responses
            and measured.previous_answered >= thresholds.min_responses
            and measured.satisfaction_drop_pp >= thresholds.satisfaction_drop_pp,
            false
        ) as is_satisfaction_drop,
        coalesce(measured.harassment_findings >= thresholds.harassment_findings, false) as is_harassment,
        coalesce(measured.overdue_measures >= thresholds.overdue_measures, false) as is_overdue_measures

    from measured
    cross join thresholds

),

with_reasons as (

    select
        *,
        list_filter(
            [
                case when is_self_gap then 'SELF_GAP' end,
                case when is_satisfaction_drop then 'SATISFACTION_DROP' end,
                case when is_harassment then 'HARASSMENT' end,
                case when is_overdue_measures then 'OVERDUE_MEASURES' end
            ],
            lambda reason: reason is not null
        ) as reasons

    from flagged

),

-- the unit as it was in the period: its latest version valid then (its latest version if none is)
unit_labels as (

    select
        with_reasons.unit_id,
        with_reasons.period,
        periods.period_kind,
        periods.year,
        unit_versions.unit_name,
        unit_versions.unit_type

    from with_reasons
    inner join periods on periods.period = with_reasons.period
    inner join unit_versions on unit_versions.unit_id = with_reasons.unit_id
    qualify row_number() over (
        partition by with_reasons.unit_id, with_reasons.period
        order by
            (
                unit_versions.valid_from <= periods.end_date
                and coalesce(unit_versions.valid_to, date '9999-12-31') >= periods.start_date
            ) desc,
            unit_versions.valid_from desc
    ) = 1

),

final as (

    select
        with_reasons.unit_id,
        unit_labels.unit_name,
        unit_labels.unit_type,
        with_reasons.period,
        unit_labels.period_kind,
        unit_labels.year,
        with_reasons.reasons,
        array_to_string(with_reasons.reasons, ', ') as reasons_text,
        with_reasons.is_self_gap,
        with_reasons.is_satisfaction_drop,
        with_reasons.is_harassment,
        with_reasons.is_overdue_measures,
        with_reasons.self_gap_pp,
        with_reasons.answered,
        with_reasons.satisfaction_pct,
        with_reasons.previous_answered,
        with_reasons.previous_satisfaction_pct,
        with_reasons.satisfaction_drop_pp,
        with_reasons.is_lineage_comparison,
        with_reasons.harassment_findings,
        with_reasons.overdue_measures

    from with_reasons
    left join unit_labels
        on unit_labels.unit_id = with_reasons.unit_id
        and unit_labels.period = with_reasons.period
    where len(with_reasons.reasons) > 0

)

select * from final
