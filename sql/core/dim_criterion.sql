-- grain: one row per criterion of a catalogue version for a unit type
-- primary_key: catalogue_id, unit_type, criterion_id
-- column catalogue_id: Catalogue version (e.g. a plan or guidance document).
-- column unit_type: Unit type the catalogue applies to.
-- column criterion_id: Criterion code, unique within the catalogue and unit type.
-- column valid_from: First day the catalogue version applies.
-- column valid_to: Last day it applies; null while in force.
-- column group_id: Group of criteria (e.g. propaganda, office culture, satisfaction).
-- column group_name: Name of the group.
-- column criterion_name: Name of the criterion.
-- column max_points: Maximum points of the criterion.
-- column assessor_source: Who is expected to score it: SELF (self-scored, then appraised) or SURVEY.
with

criteria as (

    select * from stg_criteria

),

final as (

    select
        catalogue_id,
        unit_type,
        criterion_id,
        valid_from,
        valid_to,
        group_id,
        group_name,
        criterion_name,
        max_points,
        assessor_source

    from criteria

)

select * from final
