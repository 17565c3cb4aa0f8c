-- severity: error
-- description: mart_emulation_annual starts, for each unit type, in the first year emulation.csv
-- weighs it; scores lie in 0–100, weights are non-negative, and weighted_points = score_pct ×
-- model_weight.
with

emulation as (

    select * from mart_emulation_annual

),

weights as (

    select * from stg_emulation

),

first_years as (

    select
        unit_type,
        min(year) as first_year

    from weights
    where model_weight is not null
    group by all

),

final as (

    select
        emulation.unit_id,
        emulation.year,
        emulation.score_pct,
        emulation.model_weight,
        emulation.weighted_points

    from emulation
    left join first_years on first_years.unit_type = emulation.unit_type
    where
        first_years.first_year is null
        or emulation.year < first_years.first_year
        or emulation.score_pct not between 0 and 100
        or emulation.model_weight < 0
        or emulation.model_weight is null
        or abs(emulation.weighted_points - emulation.score_pct * emulation.model_weight) > 0.000001
        or (emulation.score_pct is null) <> (emulation.weighted_points is null)

)

select * from final
