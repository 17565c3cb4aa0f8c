-- grain: one row per inspected unit, year of inspection, finding code and severity (findings only; inspections that found nothing are not rows)
-- primary_key: unit_id, year, finding_code, severity
-- references: unit_id -> dim_unit.unit_id
-- column unit_id: Inspected unit.
-- column unit_name: Name of the inspected unit.
-- column unit_type: Peer group of the unit.
-- column year: Year of the inspections.
-- column finding_code: Finding code (GAY_PHIEN_HA, TRE_HAN, THAI_DO, KHONG_CONG_KHAI, HINH_THUC, or a new code kept as drift); KHONG_XAC_DINH when missing.
-- column severity: NHE, TRUNG_BINH or NGHIEM_TRONG; KHONG_XAC_DINH when missing.
-- column findings: Findings of the inspections' latest exports (fct_inspection_finding).
-- column inspections: Distinct inspection records with such a finding.
-- column measures_due: Findings with a corrective measure and a deadline.
-- column measures_closed: Measures completed (findings with a measure and a fixed_date; a fixed_date without a measure does not count).
-- column measures_closed_late: Measures completed after their deadline.
-- column measures_overdue: Measures still open past their deadline on the inspections' as-of date (their latest landing date).
-- column measures_open: Measures required and not completed in the inspections' latest exports (overdue or not yet due): measures_due − measures_closed.
-- column harassment_findings: GAY_PHIEN_HA (causing trouble for citizens) findings, seed item 3.
-- column officials: Distinct officials (keyed pseudonyms) named in these findings.
-- column repeat_officials: Of those, officials with at least two findings in the same unit over the whole history (see mart_repeat_officials).
with

findings as (

    select * from fct_inspection_finding
    where is_finding

),

repeat_officials as (

    select
        official_pseudonym,
        unit_id

    from mart_repeat_officials

),

unit_versions as (

    select * from dim_unit

),

units as (

    select
        unit_id,
        unit_name,
        unit_type

    from unit_versions
    -- dim_unit keeps every version of a unit: describe it by its latest one
    qualify row_number() over (partition by unit_id order by valid_from desc) = 1

),

followup as (

    select
        findings.unit_id,
        findings.year,
        coalesce(findings.finding_code, 'KHONG_XAC_DINH') as finding_code,
        coalesce(findings.severity, 'KHONG_XAC_DINH') as severity,
        count(*) as findings,
        count(distinct findings.inspection_id) as inspections,
        count(*) filter (where findings.has_measure) as measures_due,
        count(*) filter (where findings.is_measure_closed) as measures_closed,
        count(*) filter (where findings.is_closed_late) as measures_closed_late,
        count(*) filter (where findings.is_overdue) as measures_overdue,
        count(*) filter (where findings.has_measure and not findings.is_measure_closed) as measures_open,
        count(*) filter (where findings.is_harassment) as harassment_findings,
        count(distinct findings.official_pseudonym) as officials,
        count(distinct repeat_officials.official_pseudonym) as repeat_officials

    from findings
    left join repeat_officials
        on repeat_officials.official_pseudonym = findings.official_pseudonym
        and repeat_officials.unit_id = findings.unit_id
    group by all

),

final as (

    select
        followup.unit_id,
        units.unit_name,
        units.unit_type,
        followup.year,
        followup.finding_code,
        followup.severity,
        followup.findings,
        followup.inspections,
        followup.measures_due,
        followup.measures_closed,
        followup.measures_closed_late,
        followup.measures_overdue,
        followup.measures_open,
        followup.harassment_findings,
        followup.officials,
        followup.repeat_officials

    from followup
    left join units on units.unit_id = followup.unit_id

)

select * from final
