-- question: What share of citizens who answered were satisfied, per unit and year?
-- câu hỏi: Tỷ lệ người dân hài lòng (trong số người trả lời) theo đơn vị và năm?
select
    year,
    unit_type,
    unit_name,
    sum(answered) as answered,
    sum(satisfied) as satisfied,
    round(100 * sum(satisfied) / nullif(sum(answered), 0), 2) as satisfaction_pct
from mart_feedback_monthly
group by year, unit_type, unit_name
order by year asc, unit_type asc, satisfaction_pct desc nulls last, unit_name asc
