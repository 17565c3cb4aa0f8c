-- grain: one row per handling unit × assessment period (year, half, quarter) in which it received feedback
-- primary_key: unit_id, period
-- references: unit_id -> dim_unit.unit_id
-- references: period -> dim_period.period
-- column unit_id: Handling unit.
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
--
-- mart_feedback_monthly by assessment period instead of month, for the unit scorecards: the same
-- rules from fct_feedback, counted over the period's days (a rate over a period is the pooled
-- rate of its items, not a mean of monthly rates).
with

feedback as (

    select * from fct_feedback

),

periods as (

    select * from dim_period

),

final as (

    select
        feedback.unit_id,
        periods.period,
        periods.period_kind,
        periods.year,
        count(*) as received,
        count(*) filter (where feedback.is_resolved) as resolved,
        count(*) filter (where feedback.resolved_on_time) as resolved_on_time,
        count(feedback.resolved_on_time) + count(*) filter (where feedback.is_overdue_open) as deadline_items,
        cast(
            100 * count(*) filter (where feedback.resolved_on_time)
            / nullif(count(feedback.resolved_on_time) + count(*) filter (where feedback.is_overdue_open), 0)
            as decimal(18, 6)
        ) as resolved_on_time_pct,
        count(*) filter (where feedback.is_overdue_open) as overdue_open,
        count(feedback.is_satisfied) as answered,
        count(*) filter (where feedback.is_satisfied) as satisfied,
        cast(
            100 * count(*) filter (where feedback.is_satisfied) / nullif(count(feedback.is_satisfied), 0)
            as decimal(18, 6)
        ) as satisfaction_pct

    from feedback
    inner join periods
        on cast(feedback.received_at as date) between periods.start_date and periods.end_date
    group by all

)

select * from final
