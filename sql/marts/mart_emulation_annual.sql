-- grain: one row per unit and year from 2022, for the unit types the emulation table weighs that year
-- primary_key: unit_id, year
-- references: unit_id -> dim_unit.unit_id
-- column unit_id: Assessed unit.
-- column unit_name: Name of the unit.
-- column unit_type: Peer group of the unit.
-- column year: Emulation year (2022 onwards: the model counts in annual emulation scoring from 2022, seed item 3).
-- column score_pct: The unit's annual model score in percent (mart_unit_scorecard); empty when the unit has no score that year.
-- column band: Classification band of the annual score.
-- column model_weight: Weight of the model in the annual emulation scoring of the unit type (reference profile emulation.csv).
-- column weighted_points: score_pct × model_weight: the model's contribution to the unit's emulation score; empty without a score.
with

annual_scores as (

    select
        unit_id,
        unit_name,
        unit_type,
        year,
        score_pct,
        band

    from mart_unit_scorecard
    where period_kind = 'YEAR'

),

weights as (

    select
        year,
        unit_type,
        model_weight

    from stg_emulation

),

final as (

    select
        annual_scores.unit_id,
        annual_scores.unit_name,
        annual_scores.unit_type,
        annual_scores.year,
        annual_scores.score_pct,
        annual_scores.band,
        weights.model_weight,
        round(annual_scores.score_pct * weights.model_weight, 4) as weighted_points

    from annual_scores
    inner join weights
        on weights.year = annual_scores.year
        and weights.unit_type = annual_scores.unit_type
    where annual_scores.year >= 2022

)

select * from final
