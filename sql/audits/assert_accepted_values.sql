-- severity: error
-- description: Coded columns that are no contract enum hold accepted values: assessor sources,
-- period kinds, unit types known to units.csv, bands of bands.csv. (The contract enums of the facts,
-- such as fct_criterion_score.assessor, have generated audits: their models' accepted_values lines.)
with

criterion_scores as (

    select * from fct_criterion_score

),

criteria as (

    select * from dim_criterion

),

units as (

    select * from dim_unit

),

ranking as (

    select * from mart_ranking

),

scorecard as (

    select * from mart_unit_scorecard

),

bands as (

    select * from stg_bands

),

checks as (

    select
        'fct_criterion_score.period_kind' as value_of,
        period_kind as value

    from criterion_scores
    where period_kind not in ('YEAR', 'HALF', 'QUARTER') or period_kind is null

    union all

    select
        'dim_criterion.assessor_source' as value_of,
        assessor_source as value

    from criteria
    where assessor_source not in ('SELF', 'SURVEY') or assessor_source is null

    union all

    select
        'dim_unit.unit_type' as value_of,
        unit_type as value

    from units
    where not regexp_full_match(coalesce(unit_type, ''), '[A-Z][A-Z0-9_]*')

    union all

    select
        'dim_criterion.unit_type' as value_of,
        unit_type as value

    from criteria
    where unit_type not in (select units.unit_type from units) or unit_type is null

    union all

    select
        'mart_ranking.unit_type' as value_of,
        unit_type as value

    from ranking
    where unit_type not in (select units.unit_type from units) or unit_type is null

    union all

    select
        'mart_unit_scorecard.band' as value_of,
        scorecard.band as value

    from scorecard
    where
        scorecard.band is not null
        and not exists (
            select 1 from bands
            where bands.catalogue_id = scorecard.catalogue_id and bands.band = scorecard.band
        )

    union all

    select
        'mart_ranking.band' as value_of,
        band as value

    from ranking
    where band is not null and band not in (select bands.band from bands)

),

final as (

    select
        value_of,
        value,
        count(*) as row_count

    from checks
    group by all

)

select * from final
