-- severity: error
-- description: mart_trend percentages lie in 0–100; a row has a rank exactly when it has a score,
-- and the rank is within the number of ranked units; reconstructed rows name their predecessors.
with

trend as (

    select * from mart_trend

),

final as (

    select
        unit_id,
        year,
        score_pct,
        rank,
        ranked_units,
        is_reconstructed,
        predecessors

    from trend
    where
        score_pct not between 0 and 100
        or city_mean_pct not between 0 and 100
        or (score_pct is null) <> (rank is null)
        or rank > ranked_units
        or (is_reconstructed and (predecessors is null or predecessors < 1 or score_pct is null))

)

select * from final
