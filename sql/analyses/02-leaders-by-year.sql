-- question: Which unit led each peer group in each year 2021–2025?
-- câu hỏi: Đơn vị nào dẫn đầu mỗi nhóm cùng loại trong từng năm 2021–2025?
select
    year,
    unit_type,
    unit_name,
    round(score_pct, 2) as score_pct,
    ranked_units
from mart_trend
where rank = 1 and not is_reconstructed
order by year, unit_type, unit_name
