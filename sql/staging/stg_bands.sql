-- grain: one row per classification band of a catalogue
-- primary_key: catalogue_id, band
with

source as (

    select * from {{reference:bands.csv}}

),

renamed as (

    select
        trim(catalogue_id) as catalogue_id,
        trim(band) as band,
        cast(min_pct as double) as min_pct

    from source

)

select * from renamed
