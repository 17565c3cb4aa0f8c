-- severity: error
-- description: Ranks lie between 1 and the number of ranked units of the type in the period, exist exactly for the units with a score, and rank 1 exists wherever a unit is ranked.
with

ranking as (

    select * from mart_ranking

),

bad_rows as (

    select
        period,
        unit_type,
        unit_id,
        'rank outside 1..ranked_units or not matching the score' as problem

    from ranking
    where
        rank < 1
        or rank > ranked_units
        or (rank is null) <> (score_pct is null)

),

groups as (

    select
        period,
        unit_type,
        count(rank) as ranked,
        min(rank) as best_rank,
        max(ranked_units) as ranked_units

    from ranking
    group by all

),

bad_groups as (

    select
        period,
        unit_type,
        cast(null as varchar) as unit_id,
        'no rank 1, or ranked_units differs from the ranked count' as problem

    from groups
    where (ranked > 0 and best_rank <> 1) or ranked <> ranked_units

),

final as (

    select * from bad_rows
    union all
    select * from bad_groups

)

select * from final
