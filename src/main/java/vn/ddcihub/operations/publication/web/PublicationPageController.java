package vn.ddcihub.operations.publication.web;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ddcihub.operations.common.OpsDownloads;
import vn.ddcihub.operations.common.OpsFiles;
import vn.ddcihub.operations.common.OpsOrganisations;
import vn.ddcihub.operations.common.OpsFiles.Upload;
import vn.ddcihub.operations.publication.Publication;
import vn.ddcihub.operations.publication.PublicationInput;
import vn.ddcihub.operations.publication.Publications;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Organisation;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.FormSubmission;
import vn.ddcihub.shared.NavigationEntry;
import vn.ddcihub.shared.NotFoundException;

/**
 * The Office's pages of the publications library: the organisation's documents (withdrawn
 * ones too), the add and edit forms with the file, withdrawing and putting back. Only the
 * organisation's COORDINATOR and ADMIN.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
@RequestMapping("/operations/publications")
class PublicationPageController {

	private final Publications publications;

	private final OrgDirectory directory;

	private final OpsFiles files;

	private final OpsOrganisations organisations;

	PublicationPageController(Publications publications, OrgDirectory directory, OpsFiles files,
			OpsOrganisations organisations) {
		this.publications = publications;
		this.directory = directory;
		this.files = files;
		this.organisations = organisations;
	}

	@Bean
	static NavigationEntry publicationsNavigation() {
		return new NavigationEntry(34, "operations.publication.nav", "/operations/publications",
				Set.of("ADMIN", "COORDINATOR"));
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "org", required = false) Long org,
			@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		long organisationId = organisation(user, org);
		String typed = query == null ? "" : query.strip();
		model.addAttribute("organisationId", organisationId);
		model.addAttribute("organisations", user.isAdmin() ? organisations.departments() : List.of());
		model.addAttribute("query", typed);
		model.addAttribute("result", publications.ofOrganisation(user, organisationId, typed, page));
		return "operations/publication/list";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "org", required = false) Long org,
			Model model) {
		long organisationId = organisation(user, org);
		String issuer = directory.organisation(organisationId).map(Organisation::name).orElse("");
		return form(model, organisationId, null, FormState.of(PublicationInput.blank(issuer)));
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "org", required = false) Long org,
			@Valid @ModelAttribute("form") PublicationInput form, BindingResult binding,
			@RequestParam(name = "file", required = false) MultipartFile file, HttpServletResponse response,
			Model model, RedirectAttributes flash) {
		long organisationId = organisation(user, org);
		return FormSubmission.submit(form, binding, () -> {
			Publication created = publications.create(user, organisationId, form, upload(file));
			flash.addFlashAttribute("saved", created.id());
			return "redirect:/operations/publications?org=" + organisationId;
		}, typed -> {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, organisationId, null, typed);
		});
	}

	@GetMapping("/{id}")
	@PreAuthorize("@publicationAccess.canManage(principal, #id)")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Publication publication = publications.get(user, id);
		model.addAttribute("publication", publication);
		return form(model, publication.organisationId(), id, FormState.of(toInput(publication)));
	}

	@PostMapping("/{id}")
	@PreAuthorize("@publicationAccess.canManage(principal, #id)")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") PublicationInput form, BindingResult binding,
			@RequestParam(name = "file", required = false) MultipartFile file, HttpServletResponse response,
			Model model, RedirectAttributes flash) {
		Publication publication = publications.get(user, id);
		return FormSubmission.submit(form, binding, () -> {
			publications.update(user, id, form, upload(file));
			flash.addFlashAttribute("saved", id);
			return "redirect:/operations/publications?org=" + publication.organisationId();
		}, typed -> {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("publication", publication);
			return form(model, publication.organisationId(), id, typed);
		});
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize("@publicationAccess.canManage(principal, #id)")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "withdrawn", defaultValue = "true") boolean withdrawn, RedirectAttributes flash) {
		Publication changed = publications.withdraw(user, id, withdrawn);
		flash.addFlashAttribute(withdrawn ? "withdrawn" : "restored", id);
		return "redirect:/operations/publications?org=" + changed.organisationId();
	}

	@GetMapping("/{id}/file")
	@PreAuthorize("@publicationAccess.canManage(principal, #id)")
	ResponseEntity<byte[]> file(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		Publication publication = publications.get(user, id);
		if (publication.file() == null) {
			throw new NotFoundException("operations.file.notFound", id);
		}
		return OpsDownloads.download(files.file(publication.file().id()).orElseThrow());
	}

	private String form(Model model, long organisationId, Long id, FormState form) {
		model.addAttribute("organisationId", organisationId);
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("maxMegabytes", Publications.MAX_FILE_BYTES / (1024 * 1024));
		return "operations/publication/form";
	}

	static PublicationInput toInput(Publication p) {
		return new PublicationInput(p.type(), p.numberSymbol(), p.issuedOn(), p.issuer(), p.field(), p.title(),
				p.summary());
	}

	static Upload upload(MultipartFile file) {
		return file == null || file.isEmpty() ? null : new Upload(file.getOriginalFilename(), file.getSize(), file);
	}

	private long organisation(CurrentUser user, Long chosen) {
		return organisations.shownTo(user, chosen);
	}

}
