package vn.ddcihub.execution.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.ddcihub.execution.domain.MailDelivery;
import vn.ddcihub.execution.domain.MailSettings;
import vn.ddcihub.execution.domain.OutboxRepository;
import vn.ddcihub.execution.domain.OutboxStatus;
import vn.ddcihub.shared.NavigationEntry;

/**
 * The outbox (hộp thư đi) for ADMIN: every e-mail with its delivery state and the last
 * error of a failed one, and whether SMTP is configured at all.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Thông báo")
class OutboxController {

	static final int SHOWN = 200;

	private final OutboxRepository outbox;

	private final MailDelivery mail;

	private final MailSettings settings;

	OutboxController(OutboxRepository outbox, MailDelivery mail, MailSettings settings) {
		this.outbox = outbox;
		this.mail = mail;
		this.settings = settings;
	}

	@Bean
	static NavigationEntry outboxNavigation() {
		return new NavigationEntry(85, "execution.notify.nav.outbox", "/admin/outbox", Set.of("ADMIN"));
	}

	@GetMapping("/admin/outbox")
	String page(@RequestParam(required = false) OutboxStatus status, Model model) {
		OutboxView box = outbox(status);
		model.addAttribute("outbox", box);
		model.addAttribute("status", status);
		return "execution/outbox";
	}

	@GetMapping("/api/v1/admin/outbox")
	@ResponseBody
	@Operation(summary = "Hộp thư đi (ADMIN): thư mới nhất (tối đa 200), trạng thái, số lần gửi, lỗi gần nhất")
	OutboxView api(@RequestParam(required = false) OutboxStatus status) {
		return outbox(status);
	}

	private OutboxView outbox(OutboxStatus status) {
		return new OutboxView(mail.configured(), settings.maxAttempts(), settings.firstRetry(), outbox.counts(),
				outbox.newest(status, SHOWN).stream().map(OutboxView.Entry::of).toList());
	}

}
