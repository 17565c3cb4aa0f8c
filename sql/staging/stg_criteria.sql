-- grain: one row per criterion per catalogue version and unit type (valid_to, group_id, group_name empty when criteria.csv has no such column)
-- primary_key: catalogue_id, unit_type, criterion_id
with

source as (

    select * from {{reference:criteria.csv}}

),

renamed as (

    select
        trim(catalogue_id) as catalogue_id,
        cast(valid_from as date) as valid_from,
        cast(nullif(trim(valid_to), '') as date) as valid_to,
        trim(unit_type) as unit_type,
        trim(criterion_id) as criterion_id,
        trim(group_id) as group_id,
        trim(group_name) as group_name,
        trim(name) as criterion_name,
        cast(max_points as double) as max_points,
        trim(assessor_source) as assessor_source

    from source

)

select * from renamed
