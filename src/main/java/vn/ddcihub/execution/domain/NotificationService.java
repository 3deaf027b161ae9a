package vn.ddcihub.execution.domain;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.NotFoundException;

/**
 * A user's own notifications: the list (newest first), marking one or all as read. Whose
 * they are is the access rule's question ({@code @executionAccess.canReadNotification}).
 */
@Service
public class NotificationService {

	/** The list shows the newest ones; older ones stay in the database. */
	public static final int SHOWN = 100;

	private final NotificationRepository notifications;

	NotificationService(NotificationRepository notifications) {
		this.notifications = notifications;
	}

	@Transactional(readOnly = true)
	public List<Notification> list(CurrentUser user) {
		return notifications.list(user.id(), SHOWN);
	}

	public long unread(CurrentUser user) {
		return notifications.unread(user.id());
	}

	/** Marks it read and answers it (its link is where the reader goes next). */
	@Transactional
	public Notification markRead(CurrentUser user, long id) {
		notifications.markRead(user.id(), id);
		return notifications.find(user.id(), id)
			.orElseThrow(() -> new NotFoundException("execution.notify.notFound", id));
	}

	@Transactional
	public int markAllRead(CurrentUser user) {
		return notifications.markAllRead(user.id());
	}

}
