-- severity: error
-- Coded columns hold accepted values: assessors, assessor sources, period kinds, unit types known to units.csv, bands of bands.csv.
with

checks as (

    select 'fct_criterion_score.assessor' as value_of, assessor as value
    from fct_criterion_score
    where assessor not in ('SELF', 'APPRAISAL', 'SURVEY') or assessor is null

    union all

    select 'fct_criterion_score.period_kind', period_kind
    from fct_criterion_score
    where period_kind not in ('YEAR', 'HALF', 'QUARTER') or period_kind is null

    union all

    select 'dim_criterion.assessor_source', assessor_source
    from dim_criterion
    where assessor_source not in ('SELF', 'SURVEY') or assessor_source is null

    union all

    select 'dim_unit.unit_type', unit_type
    from dim_unit
    where not regexp_full_match(coalesce(unit_type, ''), '[A-Z][A-Z0-9_]*')

    union all

    select 'dim_criterion.unit_type', unit_type
    from dim_criterion
    where unit_type not in (select unit_type from dim_unit) or unit_type is null

    union all

    select 'mart_ranking.unit_type', unit_type
    from mart_ranking
    where unit_type not in (select unit_type from dim_unit) or unit_type is null

    union all

    select 'mart_unit_scorecard.band', scorecard.band
    from mart_unit_scorecard as scorecard
    where scorecard.band is not null
        and not exists (
            select 1 from stg_bands as bands
            where bands.catalogue_id = scorecard.catalogue_id and bands.band = scorecard.band
        )

    union all

    select 'mart_ranking.band', band
    from mart_ranking
    where band is not null and band not in (select band from stg_bands)

)

select value_of, value, count(*) as row_count
from checks
group by all
