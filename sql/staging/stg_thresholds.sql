-- grain: one row per threshold of the profile
-- primary_key: threshold_key
with

source as (

    select * from {{reference:thresholds.csv}}

),

renamed as (

    select
        trim(key) as threshold_key,
        cast(value as double) as threshold_value

    from source

)

select * from renamed
