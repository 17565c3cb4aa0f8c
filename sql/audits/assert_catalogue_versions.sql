-- severity: error
-- description: The catalogue never holds two versions of one criterion valid on the same day
-- (for one unit type), and never two catalogues in force for one unit type on the same day:
-- either would count a criterion twice or mix two catalogues in one total (DESIGN §5 selects the
-- criteria valid on the period's end date, each by its own dates).
with

criteria as (

    select * from dim_criterion

),

catalogues as (

    select
        catalogue_id,
        unit_type,
        min(valid_from) as valid_from,
        max(coalesce(valid_to, date '9999-12-31')) as valid_to

    from criteria
    group by all

),

overlapping_criteria as (

    select
        'two versions of a criterion valid on one day' as problem,
        earlier.unit_type,
        earlier.criterion_id as item,
        earlier.catalogue_id as first_catalogue_id,
        later.catalogue_id as second_catalogue_id,
        later.valid_from as overlap_from

    from criteria as earlier
    inner join criteria as later
        on later.unit_type = earlier.unit_type
        and later.criterion_id = earlier.criterion_id
        and (later.valid_from, later.catalogue_id) > (earlier.valid_from, earlier.catalogue_id)
        and later.valid_from <= coalesce(earlier.valid_to, date '9999-12-31')

),

overlapping_catalogues as (

    select
        'two catalogues in force on one day' as problem,
        earlier.unit_type,
        cast(null as varchar) as item,
        earlier.catalogue_id as first_catalogue_id,
        later.catalogue_id as second_catalogue_id,
        greatest(earlier.valid_from, later.valid_from) as overlap_from

    from catalogues as earlier
    inner join catalogues as later
        on later.unit_type = earlier.unit_type
        and later.catalogue_id > earlier.catalogue_id
        and later.valid_from <= earlier.valid_to
        and later.valid_to >= earlier.valid_from

),

final as (

    select * from overlapping_criteria
    union all
    select * from overlapping_catalogues

)

select * from final
