-- severity: error
-- description: The bands of one catalogue (bands.csv) have distinct min_pct: two bands at one
-- threshold would leave it to chance which one a score gets.
with

bands as (

    select * from stg_bands

),

final as (

    select
        catalogue_id,
        min_pct,
        list(band order by band) as bands

    from bands
    group by catalogue_id, min_pct
    having count(*) > 1

)

select * from final
