-- severity: warn
-- audit: the profile defines every threshold mart_watchlist needs; a missing one would silently
-- never flag its reason.
with

required as (
    select unnest([
        'watch_self_gap_pp', 'watch_satisfaction_drop_pp', 'watch_harassment_findings',
        'watch_overdue_measures'
    ]) as threshold_key
)

select required.threshold_key as missing_threshold
from required
left join stg_thresholds on stg_thresholds.threshold_key = required.threshold_key
where stg_thresholds.threshold_value is null
