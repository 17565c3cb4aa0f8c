-- grain: one row per finding of one inspection record version (every version kept)
-- primary_key: finding_key
-- column finding_key: Surrogate key of the row: source_file#source_line#finding_no.
-- column is_current: True for the current version of the business key (inspection_id, finding_no).
with

source as (

    select * from {{curated:inspection_finding}}

),

renamed as (

    select
        source_file || '#' || source_line || '#' || finding_no as finding_key,
        * exclude (year),
        row_number() over ({{current:inspection_finding}}) = 1 as is_current

    from source

)

-- the columns are the contract's (schemas/inspection_finding.yaml), known to the runner, not to the linter
select * from renamed  -- noqa: AM04
