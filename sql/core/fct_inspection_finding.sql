-- grain: one row per finding of an inspection's latest export (finding_no 0: an inspection that found nothing)
-- primary_key: inspection_id, finding_no
-- references: unit_id -> dim_unit.unit_id
-- column inspection_id: Number of the inspection record (biên bản).
-- column finding_no: Position of the finding within the inspection (1..n; 0 for an inspection without findings).
-- column unit_id: Inspected unit.
-- column inspection_date: Day of the inspection.
-- column year: Year of the inspection.
-- accepted_values: body from inspection_finding.body
-- accepted_values: kind from inspection_finding.kind
-- column is_finding: True for a finding, false for the row of an inspection that found nothing.
-- accepted_values: finding_code from inspection_finding.finding_code
-- column is_harassment: True for a GAY_PHIEN_HA (causing trouble for citizens) finding, seed item 3.
-- accepted_values: severity from inspection_finding.severity
-- column official_pseudonym: Keyed pseudonym of the official concerned (never the name).
-- column official_title: Title of the official concerned.
-- column measure: Corrective measure required (scrubbed free text).
-- column due_date: Deadline of the corrective measure.
-- column fixed_date: Day the measure was completed; empty while open.
-- accepted_values: discipline from inspection_finding.discipline
-- column has_measure: True when a corrective measure with a deadline was required (due_date known).
-- column is_measure_closed: True when a measure was required and completed (fixed_date known); a fixed_date without a measure (a fault put right at once) is no closed measure.
-- column is_closed_late: True when the measure was completed after its deadline.
-- column is_overdue: True when the measure is still open and its deadline is before the inspections' as-of date (int_as_of_date: the latest landing date of the inspection exports).
-- column days_overdue: Days between the deadline and the as-of date for an overdue measure; empty otherwise.
-- column as_of_date: The inspections' as-of date the overdue flags are computed on.
-- column landing_date: Landing day of the export the findings come from.
--
-- A corrected re-export of an inspection replaces all of its findings: the current findings of
-- an inspection are those of its latest export (the latest landing_date, then source_file, that
-- holds the inspection, as in the contract's version order); a finding missing from it is no
-- longer current, even if an earlier export had it. Within that export, the last line of a
-- finding_no wins (stg_inspection_finding.is_current).
with

current_findings as (

    select * from stg_inspection_finding
    where is_current

),

as_of as (

    select * from int_as_of_date
    where source = 'inspections'

),

-- the current versions of the findings of each inspection's latest export
findings as (

    select * from current_findings
    qualify dense_rank() over (partition by inspection_id order by landing_date desc, source_file desc) = 1

),

flagged as (

    select
        findings.inspection_id,
        findings.finding_no,
        findings.unit_id,
        findings.inspection_date,
        cast(year(findings.inspection_date) as integer) as year,
        findings.body,
        findings.kind,
        findings.finding_no > 0 as is_finding,
        findings.finding_code,
        coalesce(findings.finding_code = 'GAY_PHIEN_HA', false) as is_harassment,
        findings.severity,
        findings.official_pseudonym,
        findings.official_title,
        findings.measure,
        findings.due_date,
        findings.fixed_date,
        findings.discipline,
        findings.due_date is not null as has_measure,
        findings.due_date is not null and findings.fixed_date is not null as is_measure_closed,
        coalesce(findings.fixed_date > findings.due_date, false) as is_closed_late,
        coalesce(findings.fixed_date is null and findings.due_date < as_of.as_of_date, false) as is_overdue,
        as_of.as_of_date,
        findings.landing_date

    from findings
    left join as_of on true

),

final as (

    select
        * exclude (as_of_date),
        case when is_overdue then date_diff('day', due_date, as_of_date) end as days_overdue,
        as_of_date

    from flagged

)

select * from final
