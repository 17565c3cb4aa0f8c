-- severity: error
-- description: Exactly one version of every business key is current, in every curated dataset.
with

submission_scores as (

    select * from stg_submission_score

),

inspection_findings as (

    select * from stg_inspection_finding

),

feedback as (

    select * from stg_feedback

),

submission_keys as (

    select
        'submission_score' as dataset,
        concat_ws('|', {{business_key:submission_score}}) as business_key,
        count(*) filter (where is_current) as current_rows

    from submission_scores
    group by {{business_key:submission_score}}

),

inspection_keys as (

    select
        'inspection_finding' as dataset,
        concat_ws('|', {{business_key:inspection_finding}}) as business_key,
        count(*) filter (where is_current) as current_rows

    from inspection_findings
    group by {{business_key:inspection_finding}}

),

feedback_keys as (

    select
        'feedback' as dataset,
        concat_ws('|', {{business_key:feedback}}) as business_key,
        count(*) filter (where is_current) as current_rows

    from feedback
    group by {{business_key:feedback}}

),

final as (

    select * from submission_keys
    where current_rows <> 1

    union all

    select * from inspection_keys
    where current_rows <> 1

    union all

    select * from feedback_keys
    where current_rows <> 1

)

select * from final
