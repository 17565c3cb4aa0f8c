-- grain: one row per known threshold (reference.Threshold): every key, so no model meets a missing one
-- primary_key: threshold_key
-- column threshold_key: Threshold key (reference/phu-ly/README.md lists them with their defaults).
-- column threshold_value: The profile's value (thresholds.csv), else the documented default.
-- column is_default: True when the profile does not set the threshold and the default applies.
-- column description: What the threshold decides.
with

source as (

    select * from {{thresholds}}

),

renamed as (

    select
        threshold_key,
        threshold_value,
        is_default,
        description

    from source

)

select * from renamed
