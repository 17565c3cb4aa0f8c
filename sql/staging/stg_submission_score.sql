-- grain: one row per criterion score of one submission version (every version kept)
-- primary_key: score_key
-- column score_key: Surrogate key of the row: source_file#source_line#criterion_id.
-- column is_current: True for the current version of the business key (period, unit_id, assessor, criterion_id), by the contract's version order.
with

source as (

    select * from {{curated:submission_score}}

),

renamed as (

    select
        source_file || '#' || source_line || '#' || criterion_id as score_key,
        submission_id,
        period,
        period_kind,
        period_start,
        period_end,
        unit_id,
        unit_code,
        unit_name,
        unit_match,
        assessor,
        criterion_id,
        score,
        evidence,
        submitted_at,
        version,
        run_id,
        landing_date,
        source_file,
        source_line,
        row_number() over ({{current:submission_score}}) = 1 as is_current

    from source

)

select * from renamed
