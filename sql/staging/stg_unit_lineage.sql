-- grain: one row per merger, split or rename step (predecessor → successor; unit_lineage.csv, none when the profile has no such file)
-- primary_key: from_unit_id, to_unit_id
with

source as (

    select * from {{reference:unit_lineage.csv}}

),

renamed as (

    select
        trim(from_unit_id) as from_unit_id,
        trim(to_unit_id) as to_unit_id,
        cast(effective_date as date) as effective_date,
        cast(share as double) as share

    from source

)

select * from renamed
