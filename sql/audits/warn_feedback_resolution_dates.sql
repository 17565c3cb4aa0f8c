-- severity: warn
-- description: Feedback items whose status and end of handling disagree: resolved (DA_XU_LY)
-- without resolved_at, or still open (DA_TIEP_NHAN, DANG_XU_LY) with one. They keep their status
-- in fct_feedback and count by it; a resolved item without an end of handling has no
-- days_to_resolve and is not judged on time.
with

feedback as (

    select * from fct_feedback

),

final as (

    select
        feedback_id,
        unit_id,
        received_at,
        status,
        resolved_at,
        landing_date

    from feedback
    where (is_resolved and resolved_at is null) or (is_open and resolved_at is not null)

)

select * from final
