-- grain: one row per criterion of a catalogue version for a unit type; each row is valid from its own valid_from to its own valid_to (a criterion may join a catalogue later than the others)
-- primary_key: catalogue_id, unit_type, criterion_id
-- column catalogue_id: Catalogue version (e.g. a plan or guidance document).
-- column unit_type: Unit type the catalogue applies to.
-- column criterion_id: Criterion code, unique within the catalogue and unit type.
-- column valid_from: First day the criterion applies (its own date, not necessarily the catalogue's first day).
-- column valid_to: Last day the criterion applies; null while in force.
-- column group_id: Group of criteria (e.g. propaganda, office culture, satisfaction).
-- column group_name: Name of the group.
-- column criterion_name: Name of the criterion.
-- column max_points: Maximum points of the criterion (DECIMAL(18,6)).
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
        cast(max_points as decimal(18, 6)) as max_points,
        assessor_source

    from criteria

)

select * from final
