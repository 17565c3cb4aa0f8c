-- question: Which units gained or lost the most places from one year to the next?
-- câu hỏi: Đơn vị nào tăng hoặc giảm nhiều bậc nhất so với năm trước?
select
    year,
    unit_type,
    unit_name,
    places_change,
    rank,
    ranked_units,
    round(change_pp, 2) as change_pp
from mart_trend
where places_change is not null and not is_reconstructed
qualify rank() over (order by abs(places_change) desc) <= 10
order by abs(places_change) desc, year asc, unit_name asc
