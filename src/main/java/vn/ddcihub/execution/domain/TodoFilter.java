package vn.ddcihub.execution.domain;

import vn.ddcihub.execution.TaskStatus;
import vn.ddcihub.plan.UnitRole;

/** The to-do list's filters; null shows all. */
public record TodoFilter(UnitRole role, TaskStatus status) {

	public static final TodoFilter ALL = new TodoFilter(null, null);

	boolean accepts(TodoItem item) {
		return (role == null || role == item.role()) && (status == null || status == item.status());
	}

}
