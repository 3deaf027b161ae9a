package vn.ddcihub.org.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ddcihub.org.ApiTokens;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.TokenForm;
import vn.ddcihub.org.Unit;
import vn.ddcihub.org.domain.OrgAdministration;
import vn.ddcihub.org.domain.PasswordChangeForm;
import vn.ddcihub.org.domain.UnitContactForm;
import vn.ddcihub.shared.BindingProblems;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.FormSubmission;

/**
 * The user's own account: password, the contact details of their unit, personal API
 * tokens.
 */
@Controller
@PreAuthorize("isAuthenticated()")
public class AccountController {

	private final OrgDirectory directory;

	private final OrgAdministration administration;

	private final ApiTokens tokens;

	AccountController(OrgDirectory directory, OrgAdministration administration, ApiTokens tokens) {
		this.directory = directory;
		this.administration = administration;
		this.tokens = tokens;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal CurrentUser user, Model model) {
		return page(user, model, null, null, null);
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute PasswordChangeForm form,
			BindingResult binding, Model model, RedirectAttributes flash) {
		return FormSubmission.submit(form, binding, () -> {
			administration.changeOwnPassword(user, form);
			flash.addFlashAttribute("message", "account.password.changed");
			return "redirect:/account";
		}, typed -> page(user, model, typed, null, null));
	}

	@PostMapping("/account/unit")
	@PreAuthorize("@orgAccess.canChangeUnit(principal, principal.unitId())")
	String updateUnit(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute UnitContactForm form,
			BindingResult binding, Model model, RedirectAttributes flash) {
		return FormSubmission.submit(form, binding, () -> {
			administration.updateUnitContact(user.unitId() == null ? -1 : user.unitId(), form);
			flash.addFlashAttribute("message", "account.unit.saved");
			return "redirect:/account";
		}, typed -> page(user, model, null, typed, null));
	}

	@PostMapping("/account/tokens")
	String createToken(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute TokenForm form,
			BindingResult binding, Model model, RedirectAttributes flash) {
		return FormSubmission.submit(form, binding, () -> {
			flash.addFlashAttribute("newToken", tokens.create(user, form.name()));
			return "redirect:/account";
		}, typed -> page(user, model, null, null, typed));
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes flash) {
		tokens.revoke(user, id);
		flash.addFlashAttribute("message", "account.token.revoked");
		return "redirect:/account";
	}

	/**
	 * The account page; a form given as typed shows its problems, the others start
	 * afresh.
	 */
	private String page(CurrentUser user, Model model, FormState password, FormState unitContact, FormState token) {
		Unit unit = user.unitId() == null ? null : directory.unit(user.unitId()).orElse(null);
		model.addAttribute("unit", unit);
		model.addAttribute("passwordForm",
				password != null ? password : FormState.of(new PasswordChangeForm("", "", "")));
		model.addAttribute("unitForm", unitContact != null ? unitContact : unit == null ? FormState.empty()
				: FormState.of(new UnitContactForm(unit.email(), unit.phone(), unit.headName())));
		model.addAttribute("tokenForm", (token != null ? token : FormState.of(new TokenForm(""))).idPrefix("token-"));
		model.addAttribute("tokens", tokens.list(user));
		if (!model.containsAttribute("message")) {
			model.addAttribute("message", null);
		}
		return "org/account";
	}

}
