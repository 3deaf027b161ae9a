package vn.ddcihub.execution.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.ddcihub.execution.domain.NoticeText;
import vn.ddcihub.execution.domain.NotificationService;
import vn.ddcihub.org.CurrentUser;

/** The caller's own notifications, in the request's language. */
@RestController
@RequestMapping("/api/v1/notifications")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Thông báo", description = "Thông báo và nhắc việc của người dùng; hộp thư đi (ADMIN)")
class NotificationApiController {

	private final NotificationService notifications;

	private final NoticeText words;

	NotificationApiController(NotificationService notifications, NoticeText words) {
		this.notifications = notifications;
		this.words = words;
	}

	/** The newest notifications and how many are unread. */
	record NotificationList(long unread, List<NotificationView> items) {
	}

	record Marked(int marked) {
	}

	@GetMapping
	@Operation(summary = "Thông báo của người dùng, mới nhất trước (tối đa 100), và số chưa đọc")
	NotificationList list(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		return new NotificationList(notifications.unread(user),
				NotificationView.of(notifications.list(user), words, locale));
	}

	@PostMapping("/{id}/read")
	@PreAuthorize("@executionAccess.canReadNotification(principal, #id)")
	@Operation(summary = "Đánh dấu một thông báo đã đọc (thông báo của người khác: 404)")
	NotificationView read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale) {
		return NotificationView.of(notifications.markRead(user, id), words, locale);
	}

	@PostMapping("/read-all")
	@Operation(summary = "Đánh dấu mọi thông báo của người dùng đã đọc")
	Marked readAll(@AuthenticationPrincipal CurrentUser user) {
		return new Marked(notifications.markAllRead(user));
	}

}
