-- severity: error
-- description: A fact's unit_id names a unit version valid on the fact's date, not just any
-- version of the unit: a score's unit was valid on at least one day of its period (DESIGN §5), a
-- feedback item's on the day it was received, an inspection's on the day of the inspection.
with

scores as (

    select * from fct_criterion_score

),

feedback as (

    select * from fct_feedback

),

findings as (

    select * from fct_inspection_finding

),

periods as (

    select * from dim_period

),

units as (

    select * from dim_unit

),

fact_dates as (

    select
        'fct_criterion_score' as fact,
        scores.score_key as row_key,
        scores.unit_id,
        periods.start_date as first_day,
        periods.end_date as last_day

    from scores
    left join periods on periods.period = scores.period

    union all

    select
        'fct_feedback' as fact,
        feedback_id as row_key,
        unit_id,
        cast(received_at as date) as first_day,
        cast(received_at as date) as last_day

    from feedback

    union all

    select
        'fct_inspection_finding' as fact,
        inspection_id || '#' || finding_no as row_key,
        unit_id,
        inspection_date as first_day,
        inspection_date as last_day

    from findings

),

valid_facts as (

    select distinct
        fact_dates.fact,
        fact_dates.row_key

    from fact_dates
    inner join units
        on units.unit_id = fact_dates.unit_id
        and units.valid_from <= fact_dates.last_day
        and coalesce(units.valid_to, date '9999-12-31') >= fact_dates.first_day

),

final as (

    select
        fact_dates.fact,
        fact_dates.row_key,
        fact_dates.unit_id,
        fact_dates.first_day,
        fact_dates.last_day

    from fact_dates
    left join valid_facts
        on valid_facts.fact = fact_dates.fact
        and valid_facts.row_key = fact_dates.row_key
    where fact_dates.unit_id is not null and valid_facts.row_key is null

)

select * from final
