-- grain: one row per flagged unit and year (annual periods): only unit-years with at least one reason
-- primary_key: unit_id, year
-- references: unit_id -> dim_unit.unit_id
-- column unit_id: Flagged unit.
-- column unit_name: Name of the unit.
-- column unit_type: Peer group of the unit.
-- column year: Year (annual assessment period) the flags are about.
-- column period: The annual period code (the year as text), to join mart_ranking and mart_unit_scorecard.
-- column reasons: Every reason code that applies, in this order: SELF_GAP, SATISFACTION_DROP, HARASSMENT, OVERDUE_MEASURES.
-- column reasons_text: The same reason codes joined with ", " (for BI tools without list types).
-- column is_self_gap: SELF_GAP: the self-assessment exceeds the final score by at least watch_self_gap_pp percentage points.
-- column is_satisfaction_drop: SATISFACTION_DROP: the feedback satisfaction % fell by at least watch_satisfaction_drop_pp points from the previous year (same unit).
-- column is_harassment: HARASSMENT: GAY_PHIEN_HA findings in inspections of the year reach watch_harassment_findings.
-- column is_overdue_measures: OVERDUE_MEASURES: corrective measures of the year's findings still open past their deadline on the as-of date reach watch_overdue_measures.
-- column self_gap_pp: Self-assessment gap (SELF total − final total) in percentage points of max_points.
-- column satisfaction_pct: Satisfied (Rất hài lòng + Hài lòng) over answered feedback received in the year, in percent.
-- column previous_satisfaction_pct: The same for the previous year.
-- column satisfaction_drop_pp: previous_satisfaction_pct − satisfaction_pct (positive = fell).
-- column harassment_findings: GAY_PHIEN_HA findings in inspections of the year.
-- column overdue_measures: Corrective measures of the year's findings open past their deadline on the as-of date.
--
-- Seed item 3: units implementing the model "formalistically or ineffectively". The thresholds
-- are the profile's (thresholds.csv through stg_thresholds), never constants in this file.
with

profile_thresholds as (

    select * from stg_thresholds

),

self_gaps as (

    select
        unit_id,
        year,
        self_gap_pp

    from mart_unit_scorecard
    where period_kind = 'YEAR'

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

thresholds as (

    select
        max(threshold_value) filter (where threshold_key = 'watch_self_gap_pp') as self_gap_pp,
        max(threshold_value) filter (where threshold_key = 'watch_satisfaction_drop_pp') as satisfaction_drop_pp,
        max(threshold_value) filter (where threshold_key = 'watch_harassment_findings') as harassment_findings,
        max(threshold_value) filter (where threshold_key = 'watch_overdue_measures') as overdue_measures

    from profile_thresholds

),

satisfaction as (

    select
        unit_id,
        year,
        100.0 * count(*) filter (where satisfaction in ('RAT_HAI_LONG', 'HAI_LONG'))
        / nullif(count(satisfaction), 0) as satisfaction_pct

    from feedback
    group by all

),

satisfaction_changes as (

    select
        current_year.unit_id,
        current_year.year,
        current_year.satisfaction_pct,
        previous_year.satisfaction_pct as previous_satisfaction_pct,
        previous_year.satisfaction_pct - current_year.satisfaction_pct as satisfaction_drop_pp

    from satisfaction as current_year
    left join satisfaction as previous_year
        on previous_year.unit_id = current_year.unit_id
        and previous_year.year = current_year.year - 1

),

inspections as (

    select
        unit_id,
        year,
        count(*) filter (where is_harassment) as harassment_findings,
        count(*) filter (where is_overdue) as overdue_measures

    from findings
    group by all

),

unit_years as (

    select
        unit_id,
        year

    from self_gaps

    union

    select
        unit_id,
        year

    from satisfaction_changes

    union

    select
        unit_id,
        year

    from inspections

),

measured as (

    select
        unit_years.unit_id,
        unit_years.year,
        self_gaps.self_gap_pp,
        satisfaction_changes.satisfaction_pct,
        satisfaction_changes.previous_satisfaction_pct,
        satisfaction_changes.satisfaction_drop_pp,
        coalesce(inspections.harassment_findings, 0) as harassment_findings,
        coalesce(inspections.overdue_measures, 0) as overdue_measures

    from unit_years
    left join self_gaps
        on self_gaps.unit_id = unit_years.unit_id
        and self_gaps.year = unit_years.year
    left join satisfaction_changes
        on satisfaction_changes.unit_id = unit_years.unit_id
        and satisfaction_changes.year = unit_years.year
    left join inspections
        on inspections.unit_id = unit_years.unit_id
        and inspections.year = unit_years.year

),

flagged as (

    select
        measured.*,
        coalesce(measured.self_gap_pp >= thresholds.self_gap_pp, false) as is_self_gap,
        coalesce(measured.satisfaction_drop_pp >= thresholds.satisfaction_drop_pp, false) as is_satisfaction_drop,
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

units as (

    select
        unit_id,
        unit_name,
        unit_type

    from unit_versions
    -- dim_unit keeps every version of a unit: describe it by its latest one
    qualify row_number() over (partition by unit_id order by valid_from desc) = 1

),

final as (

    select
        with_reasons.unit_id,
        units.unit_name,
        units.unit_type,
        with_reasons.year,
        cast(with_reasons.year as varchar) as period,
        with_reasons.reasons,
        array_to_string(with_reasons.reasons, ', ') as reasons_text,
        with_reasons.is_self_gap,
        with_reasons.is_satisfaction_drop,
        with_reasons.is_harassment,
        with_reasons.is_overdue_measures,
        round(with_reasons.self_gap_pp, 2) as self_gap_pp,
        round(with_reasons.satisfaction_pct, 2) as satisfaction_pct,
        round(with_reasons.previous_satisfaction_pct, 2) as previous_satisfaction_pct,
        round(with_reasons.satisfaction_drop_pp, 2) as satisfaction_drop_pp,
        with_reasons.harassment_findings,
        with_reasons.overdue_measures

    from with_reasons
    left join units on units.unit_id = with_reasons.unit_id
    where len(with_reasons.reasons) > 0

)

select * from final
