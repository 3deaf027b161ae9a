package vn.ddcihub.org.web;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
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
import vn.ddcihub.org.domain.UserAccount;
import vn.ddcihub.shared.BindingProblems;
import vn.ddcihub.shared.FormSubmission;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.NavigationEntry;
import vn.ddcihub.shared.NotFoundException;

/** Administration pages: organisations with their units, and user accounts (ADMIN only). */
@Controller
@RequestMapping("/admin")
@PreAuthorize("hasRole('ADMIN')")
public class AdminController {

	private final OrgDirectory directory;
	private final OrgAdministration administration;
	private final MessageSource messages;

	AdminController(OrgDirectory directory, OrgAdministration administration, MessageSource messages) {
		this.directory = directory;
		this.administration = administration;
		this.messages = messages;
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
		return organisationForm(model, null, new OrganisationForm("", "", "", OrganisationKind.DEPARTMENT, "", true), List.of());
	}

	@GetMapping("/organisations/{id}")
	String editOrganisation(@PathVariable long id, Model model) {
		Organisation o = directory.organisation(id).orElseThrow(() -> new NotFoundException("org.notFound.organisation", id));
		model.addAttribute("units", directory.units(id));
		return organisationForm(model, id,
				new OrganisationForm(o.code(), o.name(), o.shortName(), o.kind(), o.parentName(), o.active()), List.of());
	}

	@PostMapping({ "/organisations/new", "/organisations/{id}" })
	String saveOrganisation(@PathVariable(required = false) Long id,
			@Valid @ModelAttribute("form") OrganisationForm form, BindingResult binding, Model model, RedirectAttributes flash) {
		if (id != null) {
			model.addAttribute("units", directory.units(id));
		}
		return save(binding, () -> organisationForm(model, id, form, problems(binding)), () -> {
			Organisation saved = id == null ? administration.createOrganisation(form)
					: administration.updateOrganisation(id, form);
			flash.addFlashAttribute("saved", saved.name());
			return "redirect:/admin/organisations/" + saved.id();
		}, problems -> organisationForm(model, id, form, problems));
	}

	@GetMapping("/organisations/{organisationId}/units/new")
	String newUnit(@PathVariable long organisationId, Model model) {
		return unitForm(model, null, new UnitForm(organisationId, null, "", "", "", "", "", 0, true), List.of());
	}

	@GetMapping("/units/{id}")
	String editUnit(@PathVariable long id, Model model) {
		Unit u = directory.unit(id).orElseThrow(() -> new NotFoundException("org.notFound.unit", id));
		return unitForm(model, id, new UnitForm(u.organisationId(), u.parentId(), u.code(), u.name(), u.email(), u.phone(),
				u.headName(), u.sortOrder(), u.active()), List.of());
	}

	@PostMapping({ "/units/new", "/units/{id}" })
	String saveUnit(@PathVariable(required = false) Long id,
			@Valid @ModelAttribute("form") UnitForm form, BindingResult binding, Model model, RedirectAttributes flash) {
		return save(binding, () -> unitForm(model, id, form, problems(binding)), () -> {
			Unit saved = id == null ? administration.createUnit(form) : administration.updateUnit(id, form);
			flash.addFlashAttribute("saved", saved.name());
			return "redirect:/admin/organisations/" + saved.organisationId();
		}, problems -> unitForm(model, id, form, problems));
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
		return userForm(model, null, new UserForm("", "", "", null, null, Set.of(Role.UNIT_STAFF), true, ""), List.of());
	}

	@GetMapping("/users/{id}")
	String editUser(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		UserAccount a = administration.user(id);
		return userForm(model, id, new UserForm(a.username(), a.displayName(), a.email(), a.organisationId(), a.unitId(),
				a.roles(), a.active(), ""), List.of());
	}

	@PostMapping({ "/users/new", "/users/{id}" })
	String saveUser(@AuthenticationPrincipal CurrentUser user, @PathVariable(required = false) Long id,
			@Valid @ModelAttribute("form") UserForm form, BindingResult binding, Model model, RedirectAttributes flash) {
		UserForm cleaned = new UserForm(form.username(), form.displayName(), blankToNull(form.email()), form.organisationId(),
				form.unitId(), form.roles() == null ? Set.of() : form.roles(), form.active(), blankToNull(form.password()));
		return save(binding, () -> userForm(model, id, cleaned, problems(binding)), () -> {
			UserAccount saved = id == null ? administration.createUser(cleaned)
					: administration.updateUser(user, id, cleaned);
			flash.addFlashAttribute("saved", saved.username());
			return "redirect:/admin/users";
		}, problems -> userForm(model, id, cleaned, problems));
	}

	private String organisationForm(Model model, Long id, OrganisationForm form, List<InputProblem> problems) {
		model.addAttribute("organisationId", id);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		if (!model.containsAttribute("units")) {
			model.addAttribute("units", List.<Unit>of());
		}
		return "org/organisation-form";
	}

	private String unitForm(Model model, Long id, UnitForm form, List<InputProblem> problems) {
		model.addAttribute("unitId", id);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("organisation", directory.organisation(form.organisationId() == null ? -1 : form.organisationId())
			.orElseThrow(() -> new NotFoundException("org.notFound.organisation", form.organisationId())));
		model.addAttribute("siblings", form.organisationId() == null ? List.of() : directory.units(form.organisationId()));
		return "org/unit-form";
	}

	private String userForm(Model model, Long id, UserForm form, List<InputProblem> problems) {
		model.addAttribute("userId", id);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("organisations", directory.organisations());
		model.addAttribute("units", directory.allUnits());
		return "org/user-form";
	}

	/** Shows the form again with every problem instead of saving anything. */
	static String save(BindingResult binding, Supplier<String> invalid, Supplier<String> action,
			java.util.function.Function<List<InputProblem>, String> rejected) {
		return binding.hasErrors() ? invalid.get() : FormSubmission.submit(action, rejected);
	}

	private List<InputProblem> problems(BindingResult binding) {
		return BindingProblems.of(binding, messages);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
