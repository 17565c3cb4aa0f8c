-- question: How much feedback was received and resolved on time, per channel and year?
-- câu hỏi: Số phản ánh, kiến nghị tiếp nhận và tỷ lệ giải quyết đúng hạn theo kênh và năm?
select
    year,
    channel,
    sum(received) as received,
    sum(resolved) as resolved,
    sum(resolved_on_time) as resolved_on_time,
    sum(deadline_items) as deadline_items,
    round(100 * sum(resolved_on_time) / nullif(sum(deadline_items), 0), 2) as resolved_on_time_pct
from mart_feedback_monthly
group by year, channel
order by year, channel
