package vn.ddcihub.execution.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import vn.ddcihub.execution.domain.NoticeText;
import vn.ddcihub.execution.domain.Notification;

/**
 * A notification in the reader's language, as the list page and the API show it.
 *
 * @param link the page it is about (a period, a report)
 */
public record NotificationView(long id, String kind, String title, String text, String link, OffsetDateTime createdAt,
		boolean read) {

	static NotificationView of(Notification notification, NoticeText words, Locale locale) {
		return new NotificationView(notification.id(), notification.kind().name(),
				words.title(notification.kind(), notification.args(), locale),
				words.text(notification.kind(), notification.args(), locale), notification.link(),
				notification.createdAt(), !notification.unread());
	}

	static List<NotificationView> of(List<Notification> notifications, NoticeText words, Locale locale) {
		return notifications.stream().map(n -> of(n, words, locale)).toList();
	}

}
