-- severity: error
-- description: Every lineage share (unit_lineage.csv) is given and lies in [0, 1], and the shares
-- leaving one unit on one date sum to at most 1: an empty share would silently drop a predecessor
-- from every lineage-weighted value (trend, watch list), and shares above a whole unit would count
-- it more than once.
with

lineage as (

    select * from stg_unit_lineage

),

bad_shares as (

    select
        from_unit_id,
        effective_date,
        to_unit_id,
        share,
        case when share is null then 'share is empty' else 'share outside [0, 1]' end as problem

    from lineage
    where share is null or share < 0 or share > 1

),

departures as (

    select
        from_unit_id,
        effective_date,
        cast(null as varchar) as to_unit_id,
        sum(cast(share as decimal(18, 6))) as share,
        'shares leaving the unit on this date sum to more than 1' as problem

    from lineage
    group by from_unit_id, effective_date
    having sum(cast(share as decimal(18, 6))) > 1

),

final as (

    select * from bad_shares
    union all
    select * from departures

)

select * from final
