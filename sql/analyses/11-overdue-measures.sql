-- question: Which units have corrective measures from inspections still open past their deadline?
-- câu hỏi: Đơn vị nào còn biện pháp khắc phục sau kiểm tra quá hạn chưa hoàn thành?
select
    unit_type,
    unit_name,
    sum(measures_overdue) as measures_overdue,
    sum(measures_due) as measures_due,
    sum(harassment_findings) as harassment_findings,
    string_agg(distinct finding_code, ', ' order by finding_code) as finding_codes
from mart_inspection_followup
group by unit_type, unit_name
having sum(measures_overdue) > 0
order by measures_overdue desc, unit_name asc
