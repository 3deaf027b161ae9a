package vn.ddcihub.survey.web;

import java.util.Arrays;

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

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.FieldOption;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.FormSubmission;
import vn.ddcihub.survey.ResponseSource;
import vn.ddcihub.survey.domain.Questionnaires;
import vn.ddcihub.survey.domain.ResponseFileReader;
import vn.ddcihub.survey.domain.ResponseImports;
import vn.ddcihub.survey.domain.ResponseImports.Preview;

/**
 * Responses of a questionnaire from pages: the responses per unit and the imports, an
 * import's upload, its preview (every problem, the responses per unit) and confirmation,
 * and deleting an import after a confirmation. For whoever runs the ranking.
 */
@Controller
@PreAuthorize("@surveyAccess.canWrite(principal)")
public class ResponsePageController {

	private final ResponseImports imports;

	private final Questionnaires questionnaires;

	private final MessageSource messages;

	ResponsePageController(ResponseImports imports, Questionnaires questionnaires, MessageSource messages) {
		this.imports = imports;
		this.questionnaires = questionnaires;
		this.messages = messages;
	}

	@GetMapping("/survey/questionnaires/{id}/responses")
	String responses(@PathVariable long id, @RequestParam(required = false) Long imported,
			@RequestParam(required = false) Boolean deleted, Model model) {
		model.addAttribute("overview", imports.overview(id));
		model.addAttribute("imported", imported);
		model.addAttribute("deleted", Boolean.TRUE.equals(deleted));
		return "survey/responses";
	}

	@GetMapping("/survey/questionnaires/{id}/responses/import")
	String importForm(@PathVariable long id, Model model) {
		return importPage(id, model, FormState.of(ResponseImportForm.empty()));
	}

	@PostMapping("/survey/questionnaires/{id}/responses/import")
	String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute ResponseImportForm form, BindingResult binding,
			@RequestParam(value = "file", required = false) MultipartFile file, Model model) {
		FormState typed = FormState.of(form, binding);
		if (file == null || file.isEmpty()) {
			typed = typed.reject("file", "validation.choose", label("surveyImports.field.file"));
		}
		return FormSubmission.submit(typed,
				() -> "redirect:/survey/questionnaires/" + id + "/responses/uploads/" + imports.upload(id,
						file.getOriginalFilename(), file.getSize(), file, form.options(), user.getUsername()),
				again -> importPage(id, model, again));
	}

	private String importPage(long id, Model model, FormState form) {
		model.addAttribute("questionnaire", questionnaires.get(id));
		model.addAttribute("form", form);
		model.addAttribute("sources",
				FieldOption.of(Arrays.asList(ResponseSource.values()), ResponseSource::name, ResponseSource::label));
		model.addAttribute("limits", ResponseFileReader.LIMITS);
		model.addAttribute("unitColumns", String.join(", ", ResponseFileReader.UNIT_COLUMNS));
		return "survey/response-import";
	}

	@GetMapping("/survey/questionnaires/{id}/responses/uploads/{uploadId}")
	String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long uploadId,
			Model model) {
		return previewPage(id, imports.preview(id, uploadId, user.getUsername()), model);
	}

	@PostMapping("/survey/questionnaires/{id}/responses/uploads/{uploadId}/confirm")
	String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long uploadId,
			Model model) {
		return FormSubmission.submit(FormState.empty(),
				() -> "redirect:/survey/questionnaires/" + id + "/responses?imported="
						+ imports.confirm(id, uploadId, user.getUsername()).id(),
				again -> previewPage(id, imports.preview(id, uploadId, user.getUsername()), model));
	}

	private String previewPage(long id, Preview preview, Model model) {
		model.addAttribute("questionnaire", questionnaires.get(id));
		model.addAttribute("preview", preview);
		return "survey/response-preview";
	}

	@GetMapping("/survey/questionnaires/{id}/responses/imports/{batchId}/delete")
	String confirmDelete(@PathVariable long id, @PathVariable long batchId, Model model) {
		model.addAttribute("questionnaire", questionnaires.get(id));
		model.addAttribute("batch", imports.batch(id, batchId));
		return "survey/response-delete";
	}

	@PostMapping("/survey/questionnaires/{id}/responses/imports/{batchId}/delete")
	String delete(@PathVariable long id, @PathVariable long batchId) {
		imports.deleteBatch(id, batchId);
		return "redirect:/survey/questionnaires/" + id + "/responses?deleted=true";
	}

	private String label(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
