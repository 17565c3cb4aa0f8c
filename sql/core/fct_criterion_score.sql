-- grain: one row per criterion score of one submission version (every version; is_current marks the one in force)
-- primary_key: score_key
-- references: period -> dim_period.period
-- references: unit_id -> dim_unit.unit_id
-- column score_key: Surrogate key of the submitted row: source_file#source_line#criterion_id.
-- column submission_id: Identifier of the submission form.
-- column period: Assessment period.
-- column period_kind: YEAR, HALF or QUARTER.
-- column unit_id: Resolved unit.
-- column unit_type: Type of the unit's latest version valid in the period (on at least one of its days; int_unit_period).
-- accepted_values: assessor from submission_score.assessor
-- column criterion_id: Criterion scored.
-- column catalogue_id: Catalogue of the unit type whose criterion_id is valid (by the criterion's own valid_from/valid_to) on the period's end date; null when none is.
-- column max_points: Maximum points of the criterion in that catalogue (DECIMAL(18,6)).
-- column score: Points given (DECIMAL(18,6): sums of scores are exact).
-- column version: Submission version.
-- column submitted_at: When the submission was made (local time).
-- column is_current: True for the version in force for (period, unit_id, assessor, criterion_id).
-- column landing_date: Landing day of the source file.
-- column source_file: Source file, relative to the landing root.
-- column source_line: Line of the record in the source file.
-- column run_id: Ingest run that wrote the row.
--
-- A unit belongs to every period it was valid in on at least one day (DESIGN §5), so its type is
-- taken from its latest version valid in the period, not only from one valid on the period's end.
-- Two versions of one criterion valid on the same day give two rows (the primary-key audit and
-- assert_catalogue_versions report it).
with

scores as (

    select * from stg_submission_score

),

unit_periods as (

    select * from int_unit_period

),

criteria as (

    select * from dim_criterion

),

scored as (

    select
        scores.score_key,
        scores.submission_id,
        scores.period,
        scores.period_kind,
        scores.period_end,
        scores.unit_id,
        unit_periods.unit_type,
        scores.assessor,
        scores.criterion_id,
        cast(scores.score as decimal(18, 6)) as score,
        scores.version,
        scores.submitted_at,
        scores.is_current,
        scores.landing_date,
        scores.source_file,
        scores.source_line,
        scores.run_id

    from scores
    left join unit_periods
        on unit_periods.unit_id = scores.unit_id
        and unit_periods.period = scores.period

),

final as (

    select
        scored.score_key,
        scored.submission_id,
        scored.period,
        scored.period_kind,
        scored.unit_id,
        scored.unit_type,
        scored.assessor,
        scored.criterion_id,
        criteria.catalogue_id,
        criteria.max_points,
        scored.score,
        scored.version,
        scored.submitted_at,
        scored.is_current,
        scored.landing_date,
        scored.source_file,
        scored.source_line,
        scored.run_id

    from scored
    left join criteria
        on criteria.unit_type = scored.unit_type
        and criteria.criterion_id = scored.criterion_id
        and scored.period_end between criteria.valid_from and coalesce(criteria.valid_to, date '9999-12-31')

)

select * from final
