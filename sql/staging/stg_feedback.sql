-- grain: one row per feedback item per export (every export kept)
-- primary_key: feedback_row_key
-- column feedback_row_key: Surrogate key of the row: source_file#source_line.
-- column is_current: True for the latest export of the feedback item.
with

source as (

    select * from {{curated:feedback}}

),

renamed as (

    select
        source_file || '#' || source_line as feedback_row_key,
        * exclude (year),
        row_number() over ({{current:feedback}}) = 1 as is_current

    from source

)

-- the columns are the contract's (schemas/feedback.yaml), known to the runner, not to the linter
select * from renamed  -- noqa: AM04
