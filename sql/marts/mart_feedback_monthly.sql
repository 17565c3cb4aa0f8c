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
-- column resolved: Of those, items whose handling has finished.
-- column resolved_on_time: Of the resolved items with a deadline, those finished by the deadline.
-- column resolved_on_time_pct: 100 × resolved on time / resolved items with a deadline; empty when there are none.
-- column median_days_to_resolve: Median days from reception to the end of handling over the resolved items.
-- column overdue_open: Items still open whose deadline is before the build's as-of date.
-- column answered: Items whose sender gave a satisfaction level.
-- column satisfied: Items rated Rất hài lòng or Hài lòng.
-- column satisfaction_pct: 100 × satisfied / answered; empty when nobody answered.
-- column population: Residents of the unit version valid on the first day of the month (the unit's latest version if none is), from the reference profile; empty when unknown (city offices).
-- column received_per_1000_residents: Items received per 1,000 residents; empty when the population is unknown.
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
        count(*) filter (where resolved_on_time) as resolved_on_time,
        count(resolved_on_time) as resolved_with_deadline,
        median(days_to_resolve) as median_days_to_resolve,
        count(*) filter (where is_overdue_open) as overdue_open,
        count(satisfaction) as answered,
        count(*) filter (where satisfaction in ('RAT_HAI_LONG', 'HAI_LONG')) as satisfied

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
        monthly.resolved_on_time,
        round(100.0 * monthly.resolved_on_time / nullif(monthly.resolved_with_deadline, 0), 2) as resolved_on_time_pct,
        round(monthly.median_days_to_resolve, 2) as median_days_to_resolve,
        monthly.overdue_open,
        monthly.answered,
        monthly.satisfied,
        round(100.0 * monthly.satisfied / nullif(monthly.answered, 0), 2) as satisfaction_pct,
        unit_months.population,
        round(1000.0 * monthly.received / nullif(unit_months.population, 0), 4) as received_per_1000_residents

    from monthly
    left join unit_months
        on unit_months.unit_id = monthly.unit_id
        and unit_months.month = monthly.month

)

select * from final
