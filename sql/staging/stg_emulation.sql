-- grain: one row per year and unit type (emulation.csv; none when the profile has no such file, so mart_emulation_annual is empty)
-- primary_key: year, unit_type
with

source as (

    select * from {{reference:emulation.csv}}

),

renamed as (

    select
        cast(year as integer) as year,
        trim(unit_type) as unit_type,
        cast(model_weight as double) as model_weight

    from source

)

select * from renamed
