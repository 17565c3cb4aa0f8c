-- grain: one row per feedback item, its current version (the latest export wins)
-- primary_key: feedback_id
-- references: unit_id -> dim_unit.unit_id
-- column feedback_id: Identifier of the feedback item (Mã phản ánh).
-- column unit_id: Handling unit.
-- column received_at: When the item was received (local time).
-- column received_month: First day of the month the item was received in.
-- column year: Year the item was received in.
-- column status: Handling status in the latest export.
-- accepted_values: kind from feedback.kind
-- accepted_values: channel from feedback.channel
-- accepted_values: field from feedback.field
-- accepted_values: status from feedback.status
-- accepted_values: satisfaction from feedback.satisfaction
-- column due_at: Deadline for handling.
-- column resolved_at: When handling finished; empty while open.
-- column sender_pseudonym: Keyed pseudonym of the sender (to count repeat contacts); empty for denunciations.
-- column is_resolved: True when handling finished (resolved_at known).
-- column resolved_on_time: True when handling finished by the deadline, false when after it; empty when open or without a deadline.
-- column days_to_resolve: Days (with fractions) from reception to the end of handling; empty while open.
-- column is_open: True while the item is still being handled (received or in progress, no end of handling).
-- column is_overdue_open: True when the item is open and its deadline is before the build's as-of date (int_as_of_date: the latest landing date in the data).
-- column landing_date: Landing day of the export the current version comes from.
with

feedback as (

    select * from stg_feedback
    where is_current

),

as_of as (

    select as_of_date from int_as_of_date

),

measured as (

    select
        feedback.feedback_id,
        feedback.unit_id,
        feedback.received_at,
        cast(date_trunc('month', feedback.received_at) as date) as received_month,
        cast(year(feedback.received_at) as integer) as year,
        feedback.kind,
        feedback.channel,
        feedback.field,
        feedback.status,
        feedback.satisfaction,
        feedback.due_at,
        feedback.resolved_at,
        feedback.sender_pseudonym,
        feedback.resolved_at is not null as is_resolved,
        feedback.resolved_at <= feedback.due_at as resolved_on_time,
        (epoch(feedback.resolved_at) - epoch(feedback.received_at)) / 86400.0 as days_to_resolve,
        feedback.resolved_at is null and feedback.status in ('DA_TIEP_NHAN', 'DANG_XU_LY') as is_open,
        feedback.landing_date,
        as_of.as_of_date

    from feedback
    cross join as_of

),

final as (

    select
        * exclude (landing_date, as_of_date),
        coalesce(is_open and due_at < as_of_date, false) as is_overdue_open,
        landing_date

    from measured

)

select * from final
