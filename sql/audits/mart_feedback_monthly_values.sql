-- severity: error
-- description: mart_feedback_monthly counts are non-negative and nest (resolved + not accepted ≤
-- received, on time ≤ resolved, on time ≤ items judged against a deadline ≤ received, satisfied ≤
-- answered ≤ received, overdue open ≤ received); percentages lie in 0–100.
with

feedback_monthly as (

    select * from mart_feedback_monthly

),

final as (

    select
        unit_id,
        month,
        kind,
        channel,
        field,
        received,
        resolved,
        not_accepted,
        resolved_on_time,
        deadline_items,
        overdue_open,
        answered,
        satisfied,
        resolved_on_time_pct,
        satisfaction_pct

    from feedback_monthly
    where
        received < 1
        or resolved not between 0 and received
        or not_accepted not between 0 and received - resolved
        or resolved_on_time not between 0 and resolved
        or deadline_items not between resolved_on_time and received
        or overdue_open not between 0 and received
        or answered not between 0 and received
        or satisfied not between 0 and answered
        or resolved_on_time_pct not between 0 and 100
        or satisfaction_pct not between 0 and 100
        or median_days_to_resolve < 0
        or received_per_1000_residents < 0

)

select * from final
