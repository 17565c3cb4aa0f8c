-- grain: one row per unit version (SCD type 2) of the profile's units.csv (parent_id, valid_to, population empty when the file has no such column)
-- primary_key: unit_id, valid_from
with

source as (

    select * from {{reference:units.csv}}

),

renamed as (

    select
        trim(unit_id) as unit_id,
        trim(unit_code) as unit_code,
        trim(name) as unit_name,
        trim(unit_type) as unit_type,
        nullif(trim(parent_id), '') as parent_id,
        cast(valid_from as date) as valid_from,
        cast(nullif(trim(valid_to), '') as date) as valid_to,
        cast(nullif(trim(population), '') as bigint) as population

    from source

)

select * from renamed
