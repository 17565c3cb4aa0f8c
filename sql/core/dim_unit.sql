-- grain: one row per unit version (SCD type 2 rows of the profile's units.csv)
-- primary_key: unit_id, valid_from
-- column unit_id: Surrogate key of the unit, stable forever.
-- column unit_code: Official code of this version; codes are reused after mergers, so join on unit_id or on code and date.
-- column unit_name: Official name of this version.
-- column unit_type: Peer group for ranking (e.g. PHONG_BAN, PHUONG, XA, TINH).
-- column parent_id: Parent unit, if any.
-- column valid_from: First day this version is valid.
-- column valid_to: Last day this version is valid; null while still valid.
-- column population: Residents, where known.
-- column is_current: True for the version still valid (valid_to is null).
-- column version_no: 1 for the unit's first version, then 2, 3, …
-- column predecessor_unit_ids: Units that merged, split or were renamed into this unit (unit_lineage.csv), oldest first.
-- column successor_unit_ids: Units this unit merged, split or was renamed into, oldest first.
-- column successor_effective_date: Day this unit's first successor took over; null when it has none.
with

units as (

    select * from stg_units

),

lineage as (

    select * from stg_unit_lineage

),

predecessors as (

    select
        to_unit_id as unit_id,
        list(from_unit_id order by effective_date, from_unit_id) as predecessor_unit_ids

    from lineage
    group by all

),

successors as (

    select
        from_unit_id as unit_id,
        list(to_unit_id order by effective_date, to_unit_id) as successor_unit_ids,
        min(effective_date) as successor_effective_date

    from lineage
    group by all

),

final as (

    select
        units.unit_id,
        units.unit_code,
        units.unit_name,
        units.unit_type,
        units.parent_id,
        units.valid_from,
        units.valid_to,
        units.population,
        units.valid_to is null as is_current,
        cast(row_number() over (partition by units.unit_id order by units.valid_from) as integer) as version_no,
        coalesce(predecessors.predecessor_unit_ids, []) as predecessor_unit_ids,
        coalesce(successors.successor_unit_ids, []) as successor_unit_ids,
        successors.successor_effective_date

    from units
    left join predecessors on predecessors.unit_id = units.unit_id
    left join successors on successors.unit_id = units.unit_id

)

select * from final
