package vn.ddcihub.operations.dossier.web;

import jakarta.validation.Valid;

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

import vn.ddcihub.operations.dossier.DossierAccess;
import vn.ddcihub.operations.dossier.Procedure;
import vn.ddcihub.operations.dossier.ProcedureInput;
import vn.ddcihub.operations.dossier.Procedures;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.FormSubmission;

/**
 * The procedure catalogue (danh mục TTHC): read by every user of the organisation (and
 * ADMIN, VIEWER), added to and changed by its COORDINATOR or ADMIN.
 */
@Controller
@PreAuthorize("@dossierAccess.canRead(principal)")
public class ProcedurePageController {

	private static final String BASE = DossierPageController.BASE + "/procedures";

	private final DossierAccess access;

	private final Procedures procedures;

	ProcedurePageController(DossierAccess access, Procedures procedures) {
		this.access = access;
		this.procedures = procedures;
	}

	@GetMapping(BASE)
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long org, Model model) {
		long organisation = access.organisation(user, org);
		model.addAttribute("org", organisation);
		model.addAttribute("organisations", access.organisations(user));
		model.addAttribute("procedures", procedures.list(organisation));
		model.addAttribute("canManage", access.canManage(user, organisation));
		return "operations/dossiers/procedures";
	}

	@GetMapping(BASE + "/new")
	@PreAuthorize("@dossierAccess.canManage(principal, #org)")
	String newForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long org, Model model) {
		return formPage(model, access.organisation(user, org), null, FormState.of(ProcedureInput.empty()));
	}

	@PostMapping(BASE)
	@PreAuthorize("@dossierAccess.canManage(principal, #org)")
	String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long org,
			@Valid @ModelAttribute ProcedureInput form, BindingResult binding, Model model) {
		long organisation = access.organisation(user, org);
		return FormSubmission.submit(form, binding, () -> {
			procedures.create(organisation, form);
			return "redirect:" + BASE + "?org=" + organisation + "&saved";
		}, again -> formPage(model, organisation, null, again));
	}

	@GetMapping(BASE + "/{procedureId}/edit")
	@PreAuthorize("@dossierAccess.canManage(principal, #org)")
	String editForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long org,
			@PathVariable long procedureId, Model model) {
		long organisation = access.organisation(user, org);
		Procedure procedure = procedures.get(organisation, procedureId);
		return formPage(model, organisation, procedure, FormState.of(ProcedureInput.of(procedure)));
	}

	@PostMapping(BASE + "/{procedureId}")
	@PreAuthorize("@dossierAccess.canManage(principal, #org)")
	String update(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long org,
			@PathVariable long procedureId, @Valid @ModelAttribute ProcedureInput form, BindingResult binding,
			Model model) {
		long organisation = access.organisation(user, org);
		Procedure procedure = procedures.get(organisation, procedureId);
		return FormSubmission.submit(form, binding, () -> {
			procedures.update(organisation, procedureId, form);
			return "redirect:" + BASE + "?org=" + organisation + "&saved";
		}, again -> formPage(model, organisation, procedure, again));
	}

	private String formPage(Model model, long organisation, Procedure procedure, FormState form) {
		model.addAttribute("org", organisation);
		model.addAttribute("procedure", procedure);
		model.addAttribute("form", form);
		return "operations/dossiers/procedure-form";
	}

}
