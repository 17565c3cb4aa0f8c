-- grain: one row per feedback item, its current version (the latest export wins)
-- primary_key: feedback_id
-- references: unit_id -> dim_unit.unit_id
-- column feedback_id: Identifier of the feedback item (Mã phản ánh).
-- column unit_id: Handling unit.
-- column received_at: When the item was received (local time).
-- column received_month: First day of the month the item was received in.
-- column year: Year the item was received in.
-- accepted_values: kind from feedback.kind
-- accepted_values: channel from feedback.channel
-- accepted_values: field from feedback.field
-- column status: Handling status in the latest export.
-- accepted_values: status from feedback.status
-- accepted_values: satisfaction from feedback.satisfaction
-- column due_at: Deadline for handling, as exported.
-- column due_end_at: The moment the deadline ends: due_at, or 23:59:59 of its day when the export gave a date only (ingest reads a date as 00:00:00 of that day).
-- column resolved_at: When handling finished, as exported; empty while open. A KHONG_THU_LY item may carry the day it was declined.
-- column sender_pseudonym: Keyed pseudonym of the sender (to count repeat contacts); empty for denunciations.
-- column is_resolved: True when the status is DA_XU_LY (handled), whether or not the export gives resolved_at (a missing one is reported by warn_feedback_resolution_dates).
-- column is_not_accepted: True when the status is KHONG_THU_LY (not accepted for handling): neither resolved nor open.
-- column resolved_on_time: For a resolved item with resolved_at and a deadline: true when resolved_at ≤ due_end_at, false after it; empty otherwise.
-- column days_to_resolve: Days (with fractions, DECIMAL(18,6)) from reception to the end of handling of a resolved item; empty when open, not accepted or without resolved_at.
-- column is_open: True while the item is being handled: status DA_TIEP_NHAN or DANG_XU_LY.
-- column is_overdue_open: True when the item is open and its deadline (due_end_at) is before the feedback's as-of date.
-- column is_satisfied: The one definition of "satisfied" (mart_feedback_monthly, mart_watchlist): true for RAT_HAI_LONG or HAI_LONG, false for BINH_THUONG or KHONG_HAI_LONG, empty when the sender gave no level.
-- column as_of_date: The feedback's as-of date (int_as_of_date: the latest landing date of the feedback exports).
-- column landing_date: Landing day of the export the current version comes from.
--
-- The status decides (DESIGN §3 statuses), not resolved_at alone: DA_XU_LY is resolved,
-- KHONG_THU_LY is kept apart (not accepted), DA_TIEP_NHAN and DANG_XU_LY are open. An item whose
-- status and resolved_at disagree keeps its status here and is listed by the warning audit
-- warn_feedback_resolution_dates; it is never dropped.
with

feedback as (

    select * from stg_feedback
    where is_current

),

as_of as (

    select * from int_as_of_date
    where source = 'feedback'

),

classified as (

    select
        feedback.*,
        feedback.status = 'DA_XU_LY' as is_resolved,
        feedback.status = 'KHONG_THU_LY' as is_not_accepted,
        feedback.status in ('DA_TIEP_NHAN', 'DANG_XU_LY') as is_open,
        case
            when feedback.due_at = date_trunc('day', feedback.due_at)
                then feedback.due_at + interval 1 day - interval 1 second
            else feedback.due_at
        end as due_end_at,
        as_of.as_of_date

    from feedback
    left join as_of on true

),

final as (

    select
        feedback_id,
        unit_id,
        received_at,
        cast(date_trunc('month', received_at) as date) as received_month,
        cast(year(received_at) as integer) as year,
        kind,
        channel,
        field,
        status,
        satisfaction,
        due_at,
        due_end_at,
        resolved_at,
        sender_pseudonym,
        is_resolved,
        is_not_accepted,
        case when is_resolved then resolved_at <= due_end_at end as resolved_on_time,
        case
            when is_resolved
                then cast((epoch(resolved_at) - epoch(received_at)) / 86400 as decimal(18, 6))
        end as days_to_resolve,
        is_open,
        coalesce(is_open and due_end_at < as_of_date, false) as is_overdue_open,
        satisfaction in ('RAT_HAI_LONG', 'HAI_LONG') as is_satisfied,
        as_of_date,
        landing_date

    from classified

)

select * from final
