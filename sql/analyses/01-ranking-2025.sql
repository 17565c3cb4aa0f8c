-- question: How did the units rank within their peer group in 2025?
-- câu hỏi: Thứ hạng các đơn vị trong nhóm cùng loại năm 2025?
select
    unit_type,
    rank,
    ranked_units,
    unit_name,
    round(score_pct, 2) as score_pct,
    band,
    rank_change,
    round(peer_mean_pct, 2) as peer_mean_pct
from mart_ranking
where period = '2025' and rank is not null
order by unit_type, rank, unit_name
