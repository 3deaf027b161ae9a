package vn.ddcihub.org.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Organisation;
import vn.ddcihub.org.OrganisationKind;
import vn.ddcihub.org.Role;
import vn.ddcihub.org.Unit;
import vn.ddcihub.org.domain.OrgAdministration;
import vn.ddcihub.org.domain.OrganisationForm;
import vn.ddcihub.org.domain.UnitForm;
import vn.ddcihub.org.domain.UserAccount;
import vn.ddcihub.org.domain.UserForm;
import vn.ddcihub.shared.BindingProblems;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.FormSubmission;
import vn.ddcihub.shared.NavigationEntry;
import vn.ddcihub.shared.NotFoundException;

/**
 * Administration pages: organisations with their units, and user accounts (ADMIN only).
 */
@Controller
@RequestMapping("/admin")
@PreAuthorize("hasRole('ADMIN')")
public class AdminController {

	private final OrgDirectory directory;

	private final OrgAdministration administration;

	AdminController(OrgDirectory directory, OrgAdministration administration) {
		this.directory = directory;
		this.administration = administration;
	}

	@Bean
	static NavigationEntry adminNavigation() {
		return new NavigationEntry(80, "nav.admin", "/admin", Set.of("ADMIN"));
	}

	@GetMapping
	String organisations(Model model) {
		model.addAttribute("organisations", directory.organisations());
		return "org/organisations";
	}

	@GetMapping("/organisations/new")
	String newOrganisation(Model model) {
		return organisationForm(model, null,
				FormState.of(new OrganisationForm("", "", "", OrganisationKind.DEPARTMENT, "", true)), null);
	}

	@GetMapping("/organisations/{id}")
	String editOrganisation(@PathVariable long id, Model model) {
		Organisation o = organisation(id);
		return organisationForm(model, id,
				FormState
					.of(new OrganisationForm(o.code(), o.name(), o.shortName(), o.kind(), o.parentName(), o.active())),
				o.name());
	}

	@PostMapping({ "/organisations/new", "/organisations/{id}" })
	String saveOrganisation(@PathVariable(required = false) Long id, @Valid @ModelAttribute OrganisationForm form,
			BindingResult binding, Model model, RedirectAttributes flash) {
		String name = id == null ? null : organisation(id).name();
		return FormSubmission.submit(form, binding, () -> {
			Organisation saved = id == null ? administration.createOrganisation(form)
					: administration.updateOrganisation(id, form);
			flash.addFlashAttribute("saved", saved.name());
			return "redirect:/admin/organisations/" + saved.id();
		}, typed -> organisationForm(model, id, typed, name));
	}

	@GetMapping("/organisations/{organisationId}/units/new")
	String newUnit(@PathVariable long organisationId, Model model) {
		return unitForm(model, null, organisationId,
				FormState.of(new UnitForm(organisationId, null, "", "", "", "", "", 0, true)), null);
	}

	@GetMapping("/units/{id}")
	String editUnit(@PathVariable long id, Model model) {
		Unit u = unit(id);
		return unitForm(model, id, u.organisationId(), FormState.of(new UnitForm(u.organisationId(), u.parentId(),
				u.code(), u.name(), u.email(), u.phone(), u.headName(), u.sortOrder(), u.active())), u.name());
	}

	@PostMapping({ "/units/new", "/units/{id}" })
	String saveUnit(@PathVariable(required = false) Long id, @Valid @ModelAttribute UnitForm form,
			BindingResult binding, Model model, RedirectAttributes flash) {
		String name = id == null ? null : unit(id).name();
		return FormSubmission.submit(form, binding, () -> {
			Unit saved = id == null ? administration.createUnit(form) : administration.updateUnit(id, form);
			flash.addFlashAttribute("saved", saved.name());
			return "redirect:/admin/organisations/" + saved.organisationId();
		}, typed -> unitForm(model, id, form.organisationId(), typed, name));
	}

	@GetMapping("/users")
	String users(Model model) {
		model.addAttribute("users", administration.users(null));
		model.addAttribute("organisations", directory.organisations());
		model.addAttribute("units", directory.allUnits());
		return "org/users";
	}

	@GetMapping("/users/new")
	String newUser(Model model) {
		return userForm(model, null,
				FormState.of(new UserForm("", "", "", null, null, Set.of(Role.UNIT_STAFF), true, "")), null);
	}

	@GetMapping("/users/{id}")
	String editUser(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		UserAccount a = administration.user(id);
		return userForm(model, id, FormState.of(new UserForm(a.username(), a.displayName(), a.email(),
				a.organisationId(), a.unitId(), a.roles(), a.active(), "")), a.username());
	}

	/**
	 * Blank text of the user form is no value: a blank password keeps the password, a
	 * blank email has none.
	 */
	@InitBinder("userForm")
	void blankIsNone(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@PostMapping({ "/users/new", "/users/{id}" })
	String saveUser(@AuthenticationPrincipal CurrentUser user, @PathVariable(required = false) Long id,
			@Valid @ModelAttribute UserForm form, BindingResult binding, Model model, RedirectAttributes flash) {
		String username = id == null ? null : administration.user(id).username();
		UserForm withRoles = new UserForm(form.username(), form.displayName(), form.email(), form.organisationId(),
				form.unitId(), form.roles() == null ? Set.of() : form.roles(), form.active(), form.password());
		return FormSubmission.submit(form, binding, () -> {
			UserAccount saved = id == null ? administration.createUser(withRoles)
					: administration.updateUser(user, id, withRoles);
			flash.addFlashAttribute("saved", saved.username());
			return "redirect:/admin/users";
		}, typed -> userForm(model, id, typed, username));
	}

	private String organisationForm(Model model, Long id, FormState form, String name) {
		model.addAttribute("organisationId", id);
		model.addAttribute("name", name);
		model.addAttribute("form", form);
		model.addAttribute("units", id == null ? List.<Unit>of() : directory.units(id));
		return "org/organisation-form";
	}

	private String unitForm(Model model, Long id, Long organisationId, FormState form, String name) {
		model.addAttribute("unitId", id);
		model.addAttribute("name", name);
		model.addAttribute("form", form);
		model.addAttribute("organisation", organisation(organisationId == null ? -1 : organisationId));
		model.addAttribute("siblings", organisationId == null ? List.of() : directory.units(organisationId));
		return "org/unit-form";
	}

	private String userForm(Model model, Long id, FormState form, String username) {
		model.addAttribute("userId", id);
		model.addAttribute("username", username);
		model.addAttribute("form", form);
		model.addAttribute("organisations", directory.organisations());
		model.addAttribute("units", directory.allUnits());
		return "org/user-form";
	}

	private Organisation organisation(long id) {
		return directory.organisation(id).orElseThrow(() -> new NotFoundException("org.notFound.organisation", id));
	}

	private Unit unit(long id) {
		return directory.unit(id).orElseThrow(() -> new NotFoundException("org.notFound.unit", id));
	}

}
