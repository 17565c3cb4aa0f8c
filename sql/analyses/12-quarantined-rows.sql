-- question: How many input rows were quarantined, per source and reason?
-- câu hỏi: Bao nhiêu dòng dữ liệu đầu vào bị cách ly, theo nguồn và lý do?
select
    source,
    reason_code,
    sum(rows) as quarantined_rows,
    count(distinct file) as files,
    min(landing_date) as first_landing_date,
    max(landing_date) as last_landing_date
from quarantine_summary
group by source, reason_code
order by source asc, quarantined_rows desc, reason_code asc
