-- grain: one row per unit type and year of reception with feedback
-- primary_key: unit_type, year
-- column unit_type: Peer group of the handling units (PHONG_BAN, PHUONG, XA, ...).
-- column year: Year the items were received in.
-- column units: Handling units of the type with feedback that year.
-- column received: Items received (mart_feedback_monthly.received, summed).
-- column answered: Items whose sender gave a satisfaction level.
-- column satisfied: Items rated satisfied.
-- column satisfaction_pct: 100 × satisfied / answered (DECIMAL(18,6)), the pooled rate of the type; empty when nobody answered.
-- column deadline_items: Items judged against a deadline (see mart_feedback_monthly.deadline_items).
-- column resolved_on_time: Of those, items resolved by their deadline.
-- column resolved_on_time_pct: 100 × resolved_on_time / deadline_items (DECIMAL(18,6)); empty when there are none.
-- column overdue_open: Items still open past their deadline on the feedback's as-of date.
--
-- The yearly satisfaction and on-time trend of the leadership report: pooled over the items
-- (every answer weighs the same), not a mean of the units' rates, so a ward with three answers
-- cannot move its type's line as much as one with three hundred. Counts come from
-- mart_feedback_monthly, whose rules (fct_feedback) decide what is satisfied or on time.
with

monthly as (

    select * from mart_feedback_monthly

),

final as (

    select
        unit_type,
        year,
        count(distinct unit_id) as units,
        sum(received) as received,
        sum(answered) as answered,
        sum(satisfied) as satisfied,
        cast(100 * sum(satisfied) / nullif(sum(answered), 0) as decimal(18, 6)) as satisfaction_pct,
        sum(deadline_items) as deadline_items,
        sum(resolved_on_time) as resolved_on_time,
        cast(100 * sum(resolved_on_time) / nullif(sum(deadline_items), 0) as decimal(18, 6))
            as resolved_on_time_pct,
        sum(overdue_open) as overdue_open

    from monthly
    group by all

)

select * from final
