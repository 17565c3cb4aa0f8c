-- severity: error
-- description: mart_inspection_followup counts are non-negative and nest (measures closed and
-- overdue ≤ measures due ≤ findings; open = due − closed, overdue ≤ open; harassment ≤ findings; repeat officials ≤ officials);
-- harassment is counted only under GAY_PHIEN_HA.
with

followup as (

    select * from mart_inspection_followup

),

final as (

    select
        unit_id,
        year,
        finding_code,
        severity,
        findings,
        measures_due,
        measures_closed,
        measures_overdue,
        measures_open,
        harassment_findings,
        officials,
        repeat_officials

    from followup
    where
        findings < 1
        or measures_due not between 0 and findings
        or measures_closed not between 0 and measures_due
        or measures_closed_late not between 0 and measures_closed
        or measures_overdue not between 0 and measures_due - measures_closed
        or measures_open <> measures_due - measures_closed
        or measures_overdue > measures_open
        or harassment_findings not between 0 and findings
        or (finding_code <> 'GAY_PHIEN_HA' and harassment_findings > 0)
        or repeat_officials not between 0 and officials

)

select * from final
