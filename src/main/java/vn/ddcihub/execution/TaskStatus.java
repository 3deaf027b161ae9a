package vn.ddcihub.execution;

/**
 * What a unit reports about a task: not started (chưa triển khai), in progress (đang thực
 * hiện), done (hoàn thành), behind schedule (chậm tiến độ) or blocked (có vướng mắc). The
 * last two need an explanation.
 */
public enum TaskStatus {

	NOT_STARTED, IN_PROGRESS, DONE, BEHIND, BLOCKED;

	public boolean needsExplanation() {
		return this == BEHIND || this == BLOCKED;
	}

}
