package vn.ddcihub.operations.dossier.web;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.multipart.MultipartFile;

import vn.ddcihub.operations.dossier.DossierAccess;
import vn.ddcihub.operations.dossier.Procedure;
import vn.ddcihub.operations.dossier.ProcedureImports;
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

	private final ProcedureImports catalogueImports;

	private final MessageSource messages;

	ProcedurePageController(DossierAccess access, Procedures procedures, ProcedureImports catalogueImports,
			MessageSource messages) {
		this.access = access;
		this.procedures = procedures;
		this.catalogueImports = catalogueImports;
		this.messages = messages;
	}

	@GetMapping(BASE)
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long org,
			@RequestParam(required = false) Integer added, @RequestParam(required = false) Integer changed,
			@RequestParam(required = false) Integer unchanged, Model model) {
		model.addAttribute("imported", added == null ? null : new ProcedureImports.Outcome(added,
				changed == null ? 0 : changed, unchanged == null ? 0 : unchanged));
		return list(user, org, model);
	}

	private String list(CurrentUser user, Long org, Model model) {
		long organisation = access.organisation(user, org);
		model.addAttribute("org", organisation);
		model.addAttribute("organisations", access.organisations(user));
		model.addAttribute("procedures", procedures.list(organisation));
		model.addAttribute("canManage", access.canManage(user, organisation));
		model.addAttribute("importForm", FormState.empty());
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

	@PostMapping(BASE + "/import")
	@PreAuthorize("@dossierAccess.canManage(principal, #org)")
	String importCatalogue(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long org,
			@RequestParam(value = "file", required = false) MultipartFile file, Model model) {
		long organisation = access.organisation(user, org);
		FormState form = FormState.empty();
		if (file == null || file.isEmpty()) {
			form = form.reject("file", "validation.choose",
					messages.getMessage("dossiers.procedures.importFile", null, LocaleContextHolder.getLocale()));
		}
		return FormSubmission.submit(form, () -> {
			ProcedureImports.Outcome outcome = catalogueImports.importFile(organisation, file.getOriginalFilename(),
					file.getSize(), file);
			return "redirect:" + BASE + "?org=" + organisation + "&added=" + outcome.added() + "&changed="
					+ outcome.changed() + "&unchanged=" + outcome.unchanged();
		}, again -> {
			list(user, organisation, model);
			model.addAttribute("imported", null);
			model.addAttribute("importForm", again);
			return "operations/dossiers/procedures";
		});
	}

	private String formPage(Model model, long organisation, Procedure procedure, FormState form) {
		model.addAttribute("org", organisation);
		model.addAttribute("procedure", procedure);
		model.addAttribute("form", form);
		return "operations/dossiers/procedure-form";
	}

}
