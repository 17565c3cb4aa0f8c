-- question: What is each unit's annual score 2021–2025, one column per year?
-- câu hỏi: Điểm hằng năm 2021–2025 của từng đơn vị, mỗi năm một cột?
select
    unit_type,
    unit_name,
    unit_id,
    round(max(score_pct) filter (where year = 2021), 2) as y2021,
    round(max(score_pct) filter (where year = 2022), 2) as y2022,
    round(max(score_pct) filter (where year = 2023), 2) as y2023,
    round(max(score_pct) filter (where year = 2024), 2) as y2024,
    round(max(score_pct) filter (where year = 2025), 2) as y2025,
    bool_or(is_reconstructed) as has_reconstructed_years,
    round(max(slope_pp_per_year), 2) as slope_pp_per_year
from mart_trend
group by unit_type, unit_name, unit_id
order by unit_type, unit_name
