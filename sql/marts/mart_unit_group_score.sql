-- grain: one row per scored unit-period (mart_unit_scorecard.has_score) × criterion group of the criteria it is scored on
-- primary_key: unit_id, period, group_id
-- references: unit_id -> dim_unit.unit_id
-- references: period -> dim_period.period
-- column unit_id: Unit.
-- column unit_name: Name of the unit's last version valid in the period.
-- column unit_type: Peer group (the peer mean is over this type).
-- column period: Assessment period.
-- column period_kind: YEAR, HALF or QUARTER.
-- column year: Calendar year of the period.
-- column group_id: Criterion group (criteria.csv group_id). A criterion the catalogue puts in no group is a group of its own under its criterion id, so each ungrouped criterion has its own line in the heat map and can be the one to improve first.
-- column group_name: Name of the group; for an ungrouped criterion, the criterion's name.
-- column criteria_count: Criteria of the group the unit-period is scored on.
-- column scored_criteria: Of those, criteria with a final score.
-- column points: Sum of the group's final scores; a criterion without a score counts 0 (DECIMAL(18,6)).
-- column max_points: Sum of the group's maximum points (DECIMAL(18,6)).
-- column score_pct: 100 · points / max_points (DECIMAL(18,6)).
-- column peer_mean_points: Mean of points over the scored units of the same type in the period (DECIMAL(18,6)).
-- column peer_mean_pct: Mean of score_pct over the same units (DECIMAL(18,6)).
-- column gap_points: points − peer_mean_points: negative when the unit is below its peers (DECIMAL(18,6)).
-- column gap_pp: score_pct − peer_mean_pct, in percentage points of the group's maximum (DECIMAL(18,6)).
-- column improvement_rank: 1 for the group to improve first: the largest shortfall against the peer mean in points (gap_points ascending, then group_id), 2 for the next, ...
--
-- Where a unit loses its points: the report's heat map (units × groups, gap_pp) and the unit
-- scorecard's group table and "what to improve first" (issue 14): the group where reaching the peer mean
-- would add the most points to the unit's total, so a group of 50 points weighs more than one of
-- 15 at the same percentage gap. Peers are the units of the type with a score in the period, the
-- same units as int_peer_mean; all of them are scored on the same criteria (those of the type
-- valid on the period's end date), so their group maxima are equal. When the unit is at or above
-- the mean in every group, improvement_rank 1 is the group with the smallest lead.
with

scorecard as (

    select * from mart_unit_scorecard
    where has_score

),

criterion_finals as (

    select * from int_criterion_final

),

criteria as (

    select * from dim_criterion

),

groups as (

    select
        criterion_finals.unit_id,
        criterion_finals.period,
        coalesce(criteria.group_id, criteria.criterion_id) as group_id,
        coalesce(criteria.group_name, criteria.criterion_name) as group_name,
        count(*) as criteria_count,
        count(criterion_finals.final_score) as scored_criteria,
        cast(sum(coalesce(criterion_finals.final_score, 0)) as decimal(18, 6)) as points,
        cast(sum(criterion_finals.max_points) as decimal(18, 6)) as max_points

    from criterion_finals
    inner join criteria
        on criteria.catalogue_id = criterion_finals.catalogue_id
        and criteria.criterion_id = criterion_finals.criterion_id
    inner join scorecard
        on scorecard.unit_id = criterion_finals.unit_id
        and scorecard.period = criterion_finals.period
        and scorecard.unit_type = criteria.unit_type
    group by all

),

scored_groups as (

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
        groups.points,
        groups.max_points,
        cast(100 * groups.points / nullif(groups.max_points, 0) as decimal(18, 6)) as score_pct

    from groups
    inner join scorecard
        on scorecard.unit_id = groups.unit_id
        and scorecard.period = groups.period

),

with_peers as (

    select
        *,
        cast(avg(points) over by_peer_group as decimal(18, 6)) as peer_mean_points,
        cast(avg(score_pct) over by_peer_group as decimal(18, 6)) as peer_mean_pct

    from scored_groups
    window by_peer_group as (partition by unit_type, period, group_id)

),

final as (

    select
        *,
        cast(points - peer_mean_points as decimal(18, 6)) as gap_points,
        cast(score_pct - peer_mean_pct as decimal(18, 6)) as gap_pp,
        row_number() over (partition by unit_id, period order by points - peer_mean_points, group_id)
            as improvement_rank

    from with_peers

)

select * from final
