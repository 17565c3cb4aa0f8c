-- question: Which units scored themselves furthest above the appraised score?
-- câu hỏi: Đơn vị nào tự chấm cao hơn điểm thẩm định nhiều nhất?
select
    year,
    unit_type,
    unit_name,
    round(self_gap_pp, 2) as self_gap_pp,
    round(score_pct, 2) as score_pct,
    round(score_pct + self_gap_pp, 2) as self_claimed_pct,
    unappraised_criteria
from mart_unit_scorecard
where period_kind = 'YEAR' and self_gap_pp is not null
qualify row_number() over (order by self_gap_pp desc, year asc, unit_name asc) <= 10
order by self_gap_pp desc, year asc, unit_name asc
