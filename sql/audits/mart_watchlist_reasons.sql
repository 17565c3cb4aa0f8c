-- severity: error
-- description: every mart_watchlist row has at least one reason, and the reason list says exactly
-- what the booleans say.
with

watchlist as (

    select * from mart_watchlist

),

final as (

    select
        unit_id,
        period,
        reasons,
        is_self_gap,
        is_satisfaction_drop,
        is_harassment,
        is_overdue_measures

    from watchlist
    where
        len(reasons) = 0
        or list_contains(reasons, 'SELF_GAP') <> is_self_gap
        or list_contains(reasons, 'SATISFACTION_DROP') <> is_satisfaction_drop
        or list_contains(reasons, 'HARASSMENT') <> is_harassment
        or list_contains(reasons, 'OVERDUE_MEASURES') <> is_overdue_measures
        or harassment_findings < 0
        or overdue_measures < 0

)

select * from final
