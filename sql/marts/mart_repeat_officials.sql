-- grain: one row per official (keyed pseudonym) and inspected unit with at least two findings over the whole history
-- primary_key: official_pseudonym, unit_id
-- references: unit_id -> dim_unit.unit_id
-- column official_pseudonym: Keyed pseudonym of the official (the name never reaches the warehouse).
-- column unit_id: Unit the official was found at fault in.
-- column unit_name: Name of that unit.
-- column official_title: Title given in the latest finding: the latest inspection_date, then the later export (landing_date), the higher inspection_id and finding_no, so that two findings on one day never leave it to row order.
-- column findings: Findings naming the official in this unit (at least 2).
-- column harassment_findings: Of those, GAY_PHIEN_HA (causing trouble for citizens) findings.
-- column overdue_measures: Of those, corrective measures still open past their deadline on the as-of date.
-- column finding_codes: Distinct finding codes, alphabetical.
-- column first_inspection_date: Day of the first inspection that named the official.
-- column last_inspection_date: Day of the latest inspection that named the official.
-- column years: Distinct years with a finding, ascending.
with

findings as (

    select * from fct_inspection_finding
    where is_finding and official_pseudonym is not null

),

unit_versions as (

    select * from dim_unit

),

units as (

    select
        unit_id,
        unit_name

    from unit_versions
    -- dim_unit keeps every version of a unit: describe it by its latest one
    qualify row_number() over (partition by unit_id order by valid_from desc) = 1

),

per_official as (

    select
        official_pseudonym,
        unit_id,
        arg_max(official_title, (inspection_date, landing_date, inspection_id, finding_no)) as official_title,
        count(*) as findings,
        count(*) filter (where is_harassment) as harassment_findings,
        count(*) filter (where is_overdue) as overdue_measures,
        list_sort(list_distinct(list(finding_code))) as finding_codes,
        min(inspection_date) as first_inspection_date,
        max(inspection_date) as last_inspection_date,
        list_sort(list_distinct(list(year))) as years

    from findings
    group by all
    having count(*) >= 2

),

final as (

    select
        per_official.official_pseudonym,
        per_official.unit_id,
        units.unit_name,
        per_official.official_title,
        per_official.findings,
        per_official.harassment_findings,
        per_official.overdue_measures,
        per_official.finding_codes,
        per_official.first_inspection_date,
        per_official.last_inspection_date,
        per_official.years

    from per_official
    left join units on units.unit_id = per_official.unit_id

)

select * from final
