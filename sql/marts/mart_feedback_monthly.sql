-- grain: one row per handling unit, month of reception, kind, channel and field of feedback
-- primary_key: unit_id, month, kind, channel, field
-- references: unit_id -> dim_unit.unit_id
-- column unit_id: Handling unit.
-- column unit_name: Name of the handling unit.
-- column unit_type: Peer group of the unit (PHONG_BAN, PHUONG, XA, ...).
-- column month: First day of the month the items were received in.
-- column year: Year of the month.
-- column kind: PHAN_ANH, KIEN_NGHI, KHIEU_NAI, TO_CAO, GOP_Y or KHEN_NGOI.
-- column channel: Channel the items came through.
-- column field: Field of administration; KHONG_XAC_DINH when the export gave none.
-- column received: Items received in the month (each item once, in its current version).
-- column resolved: Of those, items handled (status DA_XU_LY), with or without an end of handling in the export.
-- column not_accepted: Items not accepted for handling (KHONG_THU_LY): neither resolved nor open.
-- column resolved_on_time: Resolved items finished by the end of their deadline (fct_feedback.resolved_on_time).
-- column deadline_items: Items judged against a deadline: resolved items with a deadline and an end of handling, plus open items already past their deadline on the as-of date.
-- column resolved_on_time_pct: 100 × resolved_on_time / deadline_items (DECIMAL(18,6)); empty when there are none. An open item past its deadline counts as not on time.
-- column median_days_to_resolve: Median days from reception to the end of handling over the resolved items with an end of handling (DECIMAL(18,6)).
-- column overdue_open: Items still open whose deadline is before the feedback's as-of date.
-- column answered: Items whose sender gave a satisfaction level.
-- column satisfied: Items rated satisfied (fct_feedback.is_satisfied: Rất hài lòng or Hài lòng).
-- column satisfaction_pct: 100 × satisfied / answered (DECIMAL(18,6)); empty when nobody answered.
-- column population: Residents of the unit version valid on the first day of the month (the unit's latest version if none is), from the reference profile; empty when unknown (city offices).
-- column received_per_1000_residents: Items received per 1,000 residents (DECIMAL(18,6)); empty when the population is unknown.
--
-- Every rule comes from fct_feedback (statuses, the end of a date-only deadline, "satisfied"):
-- this mart only counts. Nothing is rounded for display.
with

feedback as (

    select * from fct_feedback

),

unit_versions as (

    select
        unit_id,
        unit_name,
        unit_type,
        population,
        valid_from,
        valid_to

    from dim_unit

),

monthly as (

    select
        unit_id,
        received_month as month,
        year,
        kind,
        channel,
        coalesce(field, 'KHONG_XAC_DINH') as field,
        count(*) as received,
        count(*) filter (where is_resolved) as resolved,
        count(*) filter (where is_not_accepted) as not_accepted,
        count(*) filter (where resolved_on_time) as resolved_on_time,
        count(resolved_on_time) + count(*) filter (where is_overdue_open) as deadline_items,
        median(days_to_resolve) as median_days_to_resolve,
        count(*) filter (where is_overdue_open) as overdue_open,
        count(is_satisfied) as answered,
        count(*) filter (where is_satisfied) as satisfied

    from feedback
    group by all

),

months as (

    select distinct
        unit_id,
        month

    from monthly

),

unit_months as (

    select
        months.unit_id,
        months.month,
        unit_versions.unit_name,
        unit_versions.unit_type,
        unit_versions.population

    from months
    inner join unit_versions on unit_versions.unit_id = months.unit_id
    qualify row_number() over (
        partition by months.unit_id, months.month
        order by
            (
                unit_versions.valid_from <= months.month
                and (unit_versions.valid_to is null or unit_versions.valid_to >= months.month)
            ) desc,
            unit_versions.valid_from desc
    ) = 1

),

final as (

    select
        monthly.unit_id,
        unit_months.unit_name,
        unit_months.unit_type,
        monthly.month,
        monthly.year,
        monthly.kind,
        monthly.channel,
        monthly.field,
        monthly.received,
        monthly.resolved,
        monthly.not_accepted,
        monthly.resolved_on_time,
        monthly.deadline_items,
        cast(100 * monthly.resolved_on_time / nullif(monthly.deadline_items, 0) as decimal(18, 6))
            as resolved_on_time_pct,
        cast(monthly.median_days_to_resolve as decimal(18, 6)) as median_days_to_resolve,
        monthly.overdue_open,
        monthly.answered,
        monthly.satisfied,
        cast(100 * monthly.satisfied / nullif(monthly.answered, 0) as decimal(18, 6)) as satisfaction_pct,
        unit_months.population,
        cast(1000 * monthly.received / nullif(unit_months.population, 0) as decimal(18, 6))
            as received_per_1000_residents

    from monthly
    left join unit_months
        on unit_months.unit_id = monthly.unit_id
        and unit_months.month = monthly.month

)

select * from final
