package vn.ddcihub.execution.domain;

import java.time.OffsetDateTime;
import java.util.List;

/** A notification as its reader sees it. */
public record Notification(long id, NotificationKind kind, String link, List<String> args, OffsetDateTime createdAt,
		OffsetDateTime readAt) {

	public boolean unread() {
		return readAt == null;
	}

}
