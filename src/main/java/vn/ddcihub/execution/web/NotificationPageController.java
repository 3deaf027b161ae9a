package vn.ddcihub.execution.web;

import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ddcihub.execution.domain.EmailPreferences;
import vn.ddcihub.execution.domain.NoticeText;
import vn.ddcihub.execution.domain.Notification;
import vn.ddcihub.execution.domain.NotificationService;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.shared.FormState;

/**
 * The user's notifications (thông báo): the list behind the bell, opening one (marks it
 * read and goes to what it is about), marking all read, and the e-mail on/off setting.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class NotificationPageController {

	private final NotificationService notifications;

	private final NoticeText words;

	private final EmailPreferences preferences;

	private final OrgDirectory directory;

	NotificationPageController(NotificationService notifications, NoticeText words, EmailPreferences preferences,
			OrgDirectory directory) {
		this.notifications = notifications;
		this.words = words;
		this.preferences = preferences;
		this.directory = directory;
	}

	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		model.addAttribute("items", NotificationView.of(notifications.list(user), words, locale));
		model.addAttribute("emailEnabled", preferences.emailEnabled(user.id()));
		if (!model.containsAttribute("message")) {
			model.addAttribute("message", null);
		}
		return "execution/notifications";
	}

	/** Marks it read; {@code open} goes on to the page it is about. */
	@PostMapping("/notifications/{id}/read")
	@PreAuthorize("@executionAccess.canReadNotification(principal, #id)")
	String read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String open) {
		Notification notification = notifications.markRead(user, id);
		// links are paths inside the application, never another site
		boolean local = notification.link().startsWith("/") && !notification.link().startsWith("//");
		return "redirect:" + (open != null && local ? notification.link() : "/notifications#notification-" + id);
	}

	@PostMapping("/notifications/read-all")
	String readAll(@AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
		notifications.markAllRead(user);
		flash.addFlashAttribute("message", "execution.notify.allRead");
		return "redirect:/notifications";
	}

	@GetMapping("/account/notifications")
	String settings(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", FormState.of(new EmailSettingForm(preferences.emailEnabled(user.id()))));
		model.addAttribute("address", directory.contact(user.id()).map(c -> c.email()).orElse(""));
		if (!model.containsAttribute("message")) {
			model.addAttribute("message", null);
		}
		return "execution/notification-settings";
	}

	@PostMapping("/account/notifications")
	String saveSettings(@AuthenticationPrincipal CurrentUser user, @ModelAttribute EmailSettingForm form,
			RedirectAttributes flash) {
		preferences.setEmailEnabled(user.id(), form.wanted());
		flash.addFlashAttribute("message",
				form.wanted() ? "execution.notify.settings.savedOn" : "execution.notify.settings.savedOff");
		return "redirect:/account/notifications";
	}

}
