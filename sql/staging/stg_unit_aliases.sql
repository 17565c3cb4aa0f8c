-- grain: one row per spelling variant of a unit's name (unit_aliases.csv; none when the profile has no such file)
with

source as (

    select * from {{reference:unit_aliases.csv}}

),

renamed as (

    select
        trim(unit_id) as unit_id,
        trim(alias) as alias

    from source

)

select * from renamed
