-- severity: warn
-- description: the profile defines every threshold mart_watchlist needs; a missing one would
-- silently never flag its reason.
with

thresholds as (

    select * from stg_thresholds

),

required as (

    select
        unnest([
            'watch_self_gap_pp', 'watch_satisfaction_drop_pp', 'watch_harassment_findings',
            'watch_overdue_measures'
        ]) as threshold_key

),

final as (

    select required.threshold_key as missing_threshold
    from required
    left join thresholds on thresholds.threshold_key = required.threshold_key
    where thresholds.threshold_value is null

)

select * from final
