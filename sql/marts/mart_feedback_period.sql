-- grain: one row per handling unit × assessment period (year, half, quarter) in which it received feedback
-- primary_key: unit_id, period
-- references: unit_id -> dim_unit.unit_id
-- references: period -> dim_period.period
-- column unit_id: Handling unit.
-- column unit_name: Name of the unit's last version valid in the period (its latest version if none is).
-- column unit_type: Peer group of that version (PHONG_BAN, PHUONG, XA, ...): the whole period's items count in it.
-- column period: Period the items were received in (every year, half and quarter containing received_at).
-- column period_kind: YEAR, HALF or QUARTER.
-- column year: Calendar year of the period.
-- column received: Items received in the period (each item once, in its current version).
-- column resolved: Of those, items handled (status DA_XU_LY).
-- column resolved_on_time: Resolved items finished by the end of their deadline (fct_feedback.resolved_on_time).
-- column deadline_items: Items judged against a deadline: resolved items with a deadline and an end of handling, plus open items already past their deadline on the as-of date.
-- column resolved_on_time_pct: 100 × resolved_on_time / deadline_items (DECIMAL(18,6)); empty when there are none.
-- column overdue_open: Items still open whose deadline is before the feedback's as-of date.
-- column answered: Items whose sender gave a satisfaction level.
-- column satisfied: Items rated satisfied (fct_feedback.is_satisfied).
-- column satisfaction_pct: 100 × satisfied / answered (DECIMAL(18,6)); empty when nobody answered.
-- column peer_units: Units of the same unit_type with feedback in the period.
-- column peer_received: Items received by those units in the period.
-- column peer_answered: Of those, items whose sender gave a satisfaction level.
-- column peer_satisfied: Of those, items rated satisfied.
-- column peer_satisfaction_pct: 100 × peer_satisfied / peer_answered (DECIMAL(18,6)): the type's pooled rate; empty when nobody answered.
-- column peer_deadline_items: Items of those units judged against a deadline.
-- column peer_resolved_on_time: Of those, items resolved by their deadline.
-- column peer_resolved_on_time_pct: 100 × peer_resolved_on_time / peer_deadline_items (DECIMAL(18,6)): the type's pooled rate; empty when there are none.
--
-- Feedback by assessment period: a unit's own figures for its scorecard, and its type's pooled
-- figures (the same on every unit row of the type and period) for the leadership report's yearly
-- satisfaction and on-time trend. Rates are pooled over the items (every answer weighs the same),
-- not means of units' or months' rates, so a ward with three answers cannot move its type's line as
-- much as one with three hundred. Every rule comes from fct_feedback: this mart only counts.
with

feedback as (

    select * from fct_feedback

),

periods as (

    select * from dim_period

),

unit_versions as (

    select * from dim_unit

),

unit_periods as (

    select
        feedback.unit_id,
        periods.period,
        periods.period_kind,
        periods.year,
        periods.start_date,
        periods.end_date,
        count(*) as received,
        count(*) filter (where feedback.is_resolved) as resolved,
        count(*) filter (where feedback.resolved_on_time) as resolved_on_time,
        count(feedback.resolved_on_time) + count(*) filter (where feedback.is_overdue_open) as deadline_items,
        count(*) filter (where feedback.is_overdue_open) as overdue_open,
        count(feedback.is_satisfied) as answered,
        count(*) filter (where feedback.is_satisfied) as satisfied

    from feedback
    inner join periods
        on cast(feedback.received_at as date) between periods.start_date and periods.end_date
    group by all

),

named as (

    select
        unit_periods.*,
        unit_versions.unit_name,
        unit_versions.unit_type

    from unit_periods
    left join unit_versions on unit_versions.unit_id = unit_periods.unit_id
    qualify row_number() over (
        partition by unit_periods.unit_id, unit_periods.period
        order by
            (
                unit_versions.valid_from <= unit_periods.end_date
                and (unit_versions.valid_to is null or unit_versions.valid_to >= unit_periods.start_date)
            ) desc,
            unit_versions.valid_from desc
    ) = 1

),

with_peers as (

    select
        *,
        count(*) over by_peer_group as peer_units,
        sum(received) over by_peer_group as peer_received,
        sum(answered) over by_peer_group as peer_answered,
        sum(satisfied) over by_peer_group as peer_satisfied,
        sum(deadline_items) over by_peer_group as peer_deadline_items,
        sum(resolved_on_time) over by_peer_group as peer_resolved_on_time

    from named
    window by_peer_group as (partition by unit_type, period)

),

final as (

    select
        unit_id,
        unit_name,
        unit_type,
        period,
        period_kind,
        year,
        received,
        resolved,
        resolved_on_time,
        deadline_items,
        cast(100 * resolved_on_time / nullif(deadline_items, 0) as decimal(18, 6)) as resolved_on_time_pct,
        overdue_open,
        answered,
        satisfied,
        cast(100 * satisfied / nullif(answered, 0) as decimal(18, 6)) as satisfaction_pct,
        peer_units,
        cast(peer_received as bigint) as peer_received,
        cast(peer_answered as bigint) as peer_answered,
        cast(peer_satisfied as bigint) as peer_satisfied,
        cast(100 * peer_satisfied / nullif(peer_answered, 0) as decimal(18, 6)) as peer_satisfaction_pct,
        cast(peer_deadline_items as bigint) as peer_deadline_items,
        cast(peer_resolved_on_time as bigint) as peer_resolved_on_time,
        cast(100 * peer_resolved_on_time / nullif(peer_deadline_items, 0) as decimal(18, 6))
            as peer_resolved_on_time_pct

    from with_peers

)

select * from final
