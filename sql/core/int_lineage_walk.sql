-- grain: one row per chain of lineage steps from a unit back to an ancestor, for each period (dim_period) that ended before the unit first existed (a unit reached by two chains has two rows)
-- references: unit_id -> dim_unit.unit_id
-- references: period -> dim_period.period
-- column unit_id: Successor unit whose earlier period is traced back to its predecessors.
-- column period: A period that ended before the unit's first day (its earliest valid_from).
-- column period_kind: YEAR, HALF or QUARTER.
-- column year: Calendar year of the period.
-- column end_date: Last day of the period: the walk follows only lineage steps that took effect after it.
-- column ancestor_id: Unit reached by walking the lineage back from unit_id through steps that took effect after end_date.
-- column path_share: Product of the lineage shares along the chain from ancestor_id to unit_id (DECIMAL(18,6)).
-- column depth: Number of lineage steps in the chain (1 for a direct predecessor).
--
-- The lineage rule of DESIGN §2, shared by the trend (sql/marts/mart_trend.sql, for years) and the
-- watch list (sql/marts/mart_watchlist.sql, for the previous period of any kind): from a successor
-- S back through every lineage step that took effect after the end of the period, so that nothing
-- that had already merged by then is counted twice. The ancestors that existed on end_date are S's
-- predecessors in that period; their weights are path_share (summed over chains). A unit that
-- carried on and later absorbed another (Trần Hưng Đạo → Quang Trung, 1/1/2025) passes its share
-- to both.
with recursive

units as (

    select * from dim_unit

),

periods as (

    select * from dim_period

),

lineage as (

    select
        from_unit_id,
        to_unit_id,
        effective_date,
        cast(share as decimal(18, 6)) as share

    from stg_unit_lineage

),

first_days as (

    select
        unit_id,
        min(valid_from) as first_day

    from units
    group by all

),

periods_before as (

    select
        first_days.unit_id,
        periods.period,
        periods.period_kind,
        periods.year,
        periods.end_date

    from first_days
    inner join periods on periods.end_date < first_days.first_day

),

lineage_walk as (

    select
        periods_before.unit_id,
        periods_before.period,
        periods_before.period_kind,
        periods_before.year,
        periods_before.end_date,
        lineage.from_unit_id as ancestor_id,
        lineage.share as path_share,
        1 as depth

    from periods_before
    inner join lineage
        on lineage.to_unit_id = periods_before.unit_id
        and lineage.effective_date > periods_before.end_date

    union all

    select
        lineage_walk.unit_id,
        lineage_walk.period,
        lineage_walk.period_kind,
        lineage_walk.year,
        lineage_walk.end_date,
        lineage.from_unit_id as ancestor_id,
        cast(lineage_walk.path_share * lineage.share as decimal(18, 6)) as path_share,
        lineage_walk.depth + 1 as depth

    from lineage_walk
    inner join lineage
        on lineage.to_unit_id = lineage_walk.ancestor_id
        and lineage.effective_date > lineage_walk.end_date
    -- a cycle in a broken lineage file must not loop forever
    where lineage_walk.depth < 32

)

select * from lineage_walk
