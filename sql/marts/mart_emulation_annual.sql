-- grain: one row per unit and year for which the emulation table (emulation.csv) weighs the unit's type that year
-- primary_key: unit_id, year
-- references: unit_id -> dim_unit.unit_id
-- column unit_id: Assessed unit.
-- column unit_name: Name of the unit.
-- column unit_type: Peer group of the unit.
-- column year: Emulation year: from the first year emulation.csv gives a weight for the unit type (the shipped profile starts in 2022, seed item 3).
-- column score_pct: The unit's annual model score in percent (mart_unit_scorecard, DECIMAL(18,6)); empty when the unit has no score that year.
-- column band: Classification band of the annual score.
-- column model_weight: Weight of the model in the annual emulation scoring of the unit type (reference profile emulation.csv, DECIMAL(18,6)).
-- column weighted_points: score_pct × model_weight (DECIMAL(18,6)): the model's contribution to the unit's emulation score; empty without a score.
--
-- The year from which the model counts is the profile's, not this file's: a unit type counts
-- from its first weighted year in emulation.csv, and only in the years the table weighs it. A
-- profile without emulation weights has an empty mart.
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
        cast(model_weight as decimal(18, 6)) as model_weight

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
        cast(annual_scores.score_pct * weights.model_weight as decimal(18, 6)) as weighted_points

    from annual_scores
    inner join weights
        on weights.year = annual_scores.year
        and weights.unit_type = annual_scores.unit_type

)

select * from final
