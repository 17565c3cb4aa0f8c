-- question: Which units are on the 2025 watch list, and why?
-- câu hỏi: Những đơn vị nào nằm trong danh sách cần theo dõi năm 2025, vì lý do gì?
select
    unit_type,
    unit_name,
    reasons_text,
    round(self_gap_pp, 2) as self_gap_pp,
    round(satisfaction_drop_pp, 2) as satisfaction_drop_pp,
    harassment_findings,
    overdue_measures
from mart_watchlist
where period = '2025'
order by len(reasons) desc, unit_type asc, unit_name asc
