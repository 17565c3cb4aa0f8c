-- severity: error
-- description: mart_feedback_period counts nest (satisfied ≤ answered ≤ received, on time ≤ items judged
-- against a deadline ≤ received; a unit's counts within its type's), and its percentages lie in 0–100.
with

feedback_periods as (

    select * from mart_feedback_period

),

final as (

    select
        unit_id,
        period,
        received,
        answered,
        satisfied,
        deadline_items,
        resolved_on_time,
        peer_received,
        peer_answered,
        peer_satisfied

    from feedback_periods
    where
        received < 1
        or answered not between 0 and received
        or satisfied not between 0 and answered
        or deadline_items not between 0 and received
        or resolved_on_time not between 0 and deadline_items
        or satisfaction_pct not between 0 and 100
        or resolved_on_time_pct not between 0 and 100
        or peer_units < 1
        or received > peer_received
        or answered > peer_answered
        or satisfied > peer_satisfied
        or deadline_items > peer_deadline_items
        or resolved_on_time > peer_resolved_on_time
        or peer_answered > peer_received
        or peer_satisfied > peer_answered
        or peer_resolved_on_time > peer_deadline_items
        or peer_satisfaction_pct not between 0 and 100
        or peer_resolved_on_time_pct not between 0 and 100

)

select * from final
