-- severity: error
-- description: mart_emulation_annual starts in 2022 (seed item 3), scores lie in 0–100, weights
-- are non-negative, and weighted_points = score_pct × model_weight.
with

emulation as (

    select * from mart_emulation_annual

),

final as (

    select
        unit_id,
        year,
        score_pct,
        model_weight,
        weighted_points

    from emulation
    where
        year < 2022
        or score_pct not between 0 and 100
        or model_weight < 0
        or model_weight is null
        or abs(weighted_points - score_pct * model_weight) > 0.0001
        or (score_pct is null) <> (weighted_points is null)

)

select * from final
