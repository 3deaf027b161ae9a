package vn.ddcihub.survey.web;

import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.ddcihub.index.Block;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.FormSubmission;
import vn.ddcihub.shared.NavigationEntry;
import vn.ddcihub.survey.Questionnaire;
import vn.ddcihub.survey.domain.Questionnaires;
import vn.ddcihub.survey.domain.Samples;
import vn.ddcihub.survey.domain.SurveyAccess;
import vn.ddcihub.survey.domain.XlsFormReader;
import vn.ddcihub.survey.domain.XlsFormWriter;
import vn.ddcihub.survey.domain.XlsForms;

/**
 * Questionnaires (bảng hỏi) from pages: the list with a new questionnaire and an XLSForm
 * import, one questionnaire grouped by component and indicator, its XLSForm, and copying
 * it to another edition. Indicators and questions have pages of their own
 * ({@link SurveyItemPageController}).
 */
@Controller
@PreAuthorize("isAuthenticated()")
public class SurveyPageController {

	private final Questionnaires questionnaires;

	private final XlsForms xlsForms;

	private final SurveyAccess access;

	private final MessageSource messages;

	private final Samples samples;

	SurveyPageController(Questionnaires questionnaires, XlsForms xlsForms, SurveyAccess access, MessageSource messages,
			Samples samples) {
		this.samples = samples;
		this.questionnaires = questionnaires;
		this.xlsForms = xlsForms;
		this.access = access;
		this.messages = messages;
	}

	/**
	 * In the menu of ADMIN, of the province bodies' coordinators who run the ranking and
	 * of the readers across organisations (the planning department's VIEWER).
	 */
	@Bean
	static NavigationEntry surveyNavigation() {
		return new NavigationEntry(15, "nav.survey", "/survey", Set.of("ADMIN", "VIEWER", "COORDINATOR"));
	}

	@GetMapping("/survey")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		return listPage(user, model,
				FormState.of(new vn.ddcihub.survey.domain.QuestionnaireInput(null, Block.DEPARTMENT, "")),
				FormState.of(new XlsFormImportForm(null, Block.DEPARTMENT)));
	}

	@PreAuthorize("@surveyAccess.canWrite(principal)")
	@PostMapping("/survey/questionnaires")
	String create(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute vn.ddcihub.survey.domain.QuestionnaireInput form, BindingResult binding,
			Model model) {
		return FormSubmission.submit(form, binding, () -> redirect(questionnaires.create(form).id()),
				again -> listPage(user, model, again, FormState.of(new XlsFormImportForm(null, Block.DEPARTMENT))));
	}

	@PreAuthorize("@surveyAccess.canWrite(principal)")
	@PostMapping("/survey/import")
	String importFile(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute XlsFormImportForm form,
			BindingResult binding, @RequestParam(value = "file", required = false) MultipartFile file, Model model) {
		FormState typed = FormState.of(form, binding);
		if (file == null || file.isEmpty()) {
			typed = typed.reject("file", "validation.choose", label("survey.import.file"));
		}
		return FormSubmission.submit(typed, () -> redirect(
				xlsForms.importFile(form.year(), form.block(), file.getOriginalFilename(), file.getSize(), file).id()),
				again -> listPage(user, model,
						FormState.of(new vn.ddcihub.survey.domain.QuestionnaireInput(null, Block.DEPARTMENT, "")),
						again));
	}

	private String listPage(CurrentUser user, Model model, FormState createForm, FormState importForm) {
		model.addAttribute("questionnaires", questionnaires.summaries());
		model.addAttribute("canWrite", access.canWrite(user));
		model.addAttribute("createForm", createForm);
		model.addAttribute("importForm", importForm);
		model.addAttribute("limits", XlsFormReader.LIMITS);
		return "survey/questionnaires";
	}

	@GetMapping("/survey/questionnaires/{id}")
	String view(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Questionnaire questionnaire = questionnaires.get(id);
		return viewPage(user, model, questionnaire, FormState.of(new CopyForm(questionnaire.year() + 1)));
	}

	@PreAuthorize("@surveyAccess.canWrite(principal)")
	@PostMapping("/survey/questionnaires/{id}/copy")
	String copy(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid @ModelAttribute CopyForm form,
			BindingResult binding, Model model) {
		Questionnaire questionnaire = questionnaires.get(id);
		return FormSubmission.submit(form, binding, () -> redirect(questionnaires.copy(id, form.toYear()).id()),
				again -> viewPage(user, model, questionnaire, again));
	}

	private String viewPage(CurrentUser user, Model model, Questionnaire questionnaire, FormState copyForm) {
		model.addAttribute("questionnaire", questionnaire);
		model.addAttribute("components", questionnaires.componentsOf(questionnaire.year(), questionnaire.block()));
		model.addAttribute("canWrite", access.canWrite(user));
		model.addAttribute("copyForm", copyForm);
		model.addAttribute("rate", samples.responseRate(questionnaire.id()));
		return "survey/questionnaire";
	}

	@GetMapping("/survey/questionnaires/{id}/xlsform.xlsx")
	ResponseEntity<byte[]> xlsForm(@PathVariable long id) {
		Questionnaire questionnaire = questionnaires.get(id);
		return download(questionnaire, XlsFormWriter.write(questionnaire));
	}

	static ResponseEntity<byte[]> download(Questionnaire questionnaire, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(XlsForms.fileName(questionnaire)).build().toString())
			.body(content);
	}

	private String label(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	static String redirect(long id) {
		return "redirect:/survey/questionnaires/" + id;
	}

}
