-- grain: one row per scored unit-period (mart_unit_scorecard.has_score) × group of criteria of its catalogue
-- primary_key: unit_id, period, group_id
-- references: unit_id -> dim_unit.unit_id
-- references: period -> dim_period.period
-- column unit_id: Unit.
-- column unit_name: Name of the unit version of the period (mart_unit_scorecard).
-- column unit_type: Peer group of that version.
-- column period: Assessment period.
-- column period_kind: YEAR, HALF or QUARTER.
-- column year: Calendar year of the period.
-- column group_id: Group of criteria (criteria.csv group_id); KHONG_NHOM for criteria without a group.
-- column group_name: Name of the group; "Không phân nhóm" for criteria without a group.
-- column criteria_count: Criteria of the group valid on the period's end date.
-- column scored_criteria: Of those, criteria with a final score.
-- column score_points: Sum of the group's final scores; a missing criterion counts 0 (DECIMAL(18,6)).
-- column max_points: Sum of the group's maximum points (DECIMAL(18,6)).
-- column score_pct: 100 · score_points / max_points (DECIMAL(18,6)).
-- column peer_mean_pct: Mean score_pct of the group over the scored units of the same type in the period (DECIMAL(18,6)).
-- column gap_to_peer_pp: score_pct − peer_mean_pct in percentage points (negative = below the peers).
--
-- The same final scores as mart_unit_scorecard (int_criterion_final), split by the catalogue's
-- groups, so the report's heat map and the unit scorecards show where a unit loses its points.
-- Only unit-periods with a score are rows: a unit "chưa có dữ liệu" has nothing to split.
with

criterion_finals as (

    select * from int_criterion_final

),

scorecard as (

    select * from mart_unit_scorecard
    where has_score

),

groups as (

    select
        unit_id,
        period,
        coalesce(group_id, 'KHONG_NHOM') as group_id,
        coalesce(min(group_name), 'Không phân nhóm') as group_name,
        count(*) as criteria_count,
        count(final_score) as scored_criteria,
        cast(coalesce(sum(final_score), 0) as decimal(18, 6)) as score_points,
        cast(sum(max_points) as decimal(18, 6)) as max_points

    from criterion_finals
    group by unit_id, period, coalesce(group_id, 'KHONG_NHOM')

),

unit_groups as (

    select
        scorecard.unit_id,
        scorecard.unit_name,
        scorecard.unit_type,
        scorecard.period,
        scorecard.period_kind,
        scorecard.year,
        groups.group_id,
        groups.group_name,
        groups.criteria_count,
        groups.scored_criteria,
        groups.score_points,
        groups.max_points,
        cast(100 * groups.score_points / nullif(groups.max_points, 0) as decimal(18, 6)) as score_pct

    from scorecard
    inner join groups
        on groups.unit_id = scorecard.unit_id
        and groups.period = scorecard.period

),

final as (

    select
        *,
        cast(avg(score_pct) over (partition by unit_type, period, group_id) as decimal(18, 6)) as peer_mean_pct,
        cast(score_pct - avg(score_pct) over (partition by unit_type, period, group_id) as decimal(18, 6))
            as gap_to_peer_pp

    from unit_groups

)

select * from final
