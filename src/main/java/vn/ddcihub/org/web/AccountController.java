package vn.ddcihub.org.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ddcihub.org.ApiTokens;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Unit;
import vn.ddcihub.org.domain.OrgAdministration;
import vn.ddcihub.shared.BindingProblems;
import vn.ddcihub.shared.FormSubmission;
import vn.ddcihub.shared.InputProblem;

/** The user's own account: password, and the contact details of their unit. */
@Controller
@PreAuthorize("isAuthenticated()")
public class AccountController {

	private final OrgDirectory directory;
	private final OrgAdministration administration;
	private final ApiTokens tokens;
	private final MessageSource messages;

	AccountController(OrgDirectory directory, OrgAdministration administration, ApiTokens tokens, MessageSource messages) {
		this.directory = directory;
		this.administration = administration;
		this.tokens = tokens;
		this.messages = messages;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal CurrentUser user, Model model) {
		return page(user, model, List.of(), null);
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal CurrentUser user, @RequestParam String currentPassword,
			@RequestParam String newPassword, @RequestParam String confirmation, Model model, RedirectAttributes flash) {
		return FormSubmission.submit(() -> {
			administration.changeOwnPassword(user, currentPassword, newPassword, confirmation);
			flash.addFlashAttribute("message", "account.password.changed");
			return "redirect:/account";
		}, problems -> page(user, model, problems, null));
	}

	@PostMapping("/account/unit")
	@PreAuthorize("@orgAccess.canChangeUnit(principal, principal.unitId())")
	String updateUnit(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute UnitContactForm form,
			BindingResult binding, Model model, RedirectAttributes flash) {
		if (binding.hasErrors()) {
			return page(user, model, BindingProblems.of(binding, messages), form);
		}
		return FormSubmission.submit(() -> {
			administration.updateUnitContact(user.unitId(), form);
			flash.addFlashAttribute("message", "account.unit.saved");
			return "redirect:/account";
		}, problems -> page(user, model, problems, form));
	}

	@PostMapping("/account/tokens")
	String createToken(@AuthenticationPrincipal CurrentUser user, @RequestParam String name, Model model,
			RedirectAttributes flash) {
		return FormSubmission.submit(() -> {
			flash.addFlashAttribute("newToken", tokens.create(user, name));
			return "redirect:/account";
		}, problems -> page(user, model, problems, null));
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes flash) {
		tokens.revoke(user, id);
		flash.addFlashAttribute("message", "account.token.revoked");
		return "redirect:/account";
	}

	private String page(CurrentUser user, Model model, List<InputProblem> problems, UnitContactForm unitForm) {
		Unit unit = user.unitId() == null ? null : directory.unit(user.unitId()).orElse(null);
		model.addAttribute("unit", unit);
		model.addAttribute("unitForm", unitForm != null ? unitForm
				: unit == null ? null : new UnitContactForm(unit.email(), unit.phone(), unit.headName()));
		model.addAttribute("problems", problems);
		model.addAttribute("tokens", tokens.list(user));
		if (!model.containsAttribute("message")) {
			model.addAttribute("message", null);
		}
		return "org/account";
	}
}
