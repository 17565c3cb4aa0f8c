-- severity: error
-- description: A finding row has a finding code; the row of an inspection without findings has none. The
-- codes themselves are the contract's (schemas/inspection_finding.yaml): the accepted_values lines of
-- fct_inspection_finding generate their audits.
with

findings as (

    select * from fct_inspection_finding

),

final as (

    select
        inspection_id,
        finding_no,
        is_finding,
        finding_code

    from findings
    where
        (is_finding and finding_code is null)
        or (not is_finding and finding_code is not null)

)

select * from final
