-- question: For units created by the 2025 mergers, which years are reconstructed from their predecessors?
-- câu hỏi: Với các đơn vị hình thành sau sáp nhập năm 2025, những năm nào được tính lại từ các đơn vị tiền thân?
select
    mart_trend.unit_name,
    mart_trend.year,
    round(mart_trend.score_pct, 2) as score_pct,
    mart_trend.is_reconstructed,
    mart_trend.predecessors,
    mart_trend.rank,
    mart_trend.ranked_units,
    dim_unit.predecessor_unit_ids
from mart_trend
inner join dim_unit
    on dim_unit.unit_id = mart_trend.unit_id and dim_unit.is_current
-- every year of a unit that has at least one reconstructed year
qualify bool_or(mart_trend.is_reconstructed) over (partition by mart_trend.unit_id)
order by mart_trend.unit_name, mart_trend.year
