package vn.ddcihub.execution.web;

import org.springframework.stereotype.Component;

import vn.ddcihub.execution.domain.NotificationService;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.web.HeaderBell;

/** The header's bell: the user's unread notifications, one indexed count per page. */
@Component
class NotificationBell implements HeaderBell {

	private final NotificationService notifications;

	NotificationBell(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Override
	public String path() {
		return "/notifications";
	}

	@Override
	public long unread(CurrentUser user) {
		return notifications.unread(user);
	}

}
