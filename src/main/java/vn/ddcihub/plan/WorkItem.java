package vn.ddcihub.plan;

import java.time.LocalDate;

/**
 * One line of "my work" (việc của tôi): a task with its plan and component, the user's
 * unit role in it (null for leaders seeing all) and the next due date (null for regular
 * work). Component code and name are null for tasks of the plan's general section (tổ
 * chức thực hiện).
 */
public record WorkItem(PlanTask task, long planId, String planNumber, int planYear, String componentCode,
		String componentName, int componentOrder, UnitRole role, LocalDate nextDue) {
}
