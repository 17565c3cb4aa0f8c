-- grain: one row per rejected source row
with

source as (

    select * from {{quarantine}}

),

renamed as (

    select
        run_id,
        source,
        landing_date,
        source_file,
        source_line,
        reason_code,
        detail_en,
        detail_vi,
        fields_json

    from source

)

select * from renamed
