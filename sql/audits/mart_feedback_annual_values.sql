-- severity: error
-- description: mart_feedback_annual counts nest (satisfied ≤ answered ≤ received, on time ≤ items
-- judged against a deadline ≤ received) and its percentages lie in 0–100.
with

feedback_annual as (

    select * from mart_feedback_annual

),

final as (

    select
        unit_type,
        year,
        received,
        answered,
        satisfied,
        deadline_items,
        resolved_on_time,
        satisfaction_pct,
        resolved_on_time_pct

    from feedback_annual
    where
        received < 1
        or answered not between 0 and received
        or satisfied not between 0 and answered
        or deadline_items not between 0 and received
        or resolved_on_time not between 0 and deadline_items
        or satisfaction_pct not between 0 and 100
        or resolved_on_time_pct not between 0 and 100

)

select * from final
