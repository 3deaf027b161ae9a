-- A reporting line may also be due on request (đột xuất theo yêu cầu), besides its dates:
-- the seed's "Văn phòng Sở ... báo cáo định kỳ hoặc đột xuất theo yêu cầu gửi Sở Kế hoạch
-- và Đầu tư và UBND tỉnh".
alter table execution_reporting_line add column on_request boolean not null default false;

-- The to-do list finds a unit's reports in the periods due.
create index execution_period_line on execution_period (line_id, year, number);
