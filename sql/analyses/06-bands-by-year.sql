-- question: How many units fell in each classification band each year?
-- câu hỏi: Mỗi năm có bao nhiêu đơn vị ở từng mức xếp loại?
select
    year,
    unit_type,
    band,
    count(*) as units
from mart_ranking
where period_kind = 'YEAR' and band is not null
group by year, unit_type, band
order by year, unit_type, band
