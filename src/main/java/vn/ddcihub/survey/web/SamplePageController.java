package vn.ddcihub.survey.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Organisation;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.FormSubmission;
import vn.ddcihub.survey.Questionnaire;
import vn.ddcihub.survey.domain.LetterDetails;
import vn.ddcihub.survey.domain.Questionnaires;
import vn.ddcihub.survey.domain.SampleFileReader;
import vn.ddcihub.survey.domain.Samples;
import vn.ddcihub.survey.domain.SurveyDays;

/**
 * The sample of a questionnaire (mẫu khảo sát) and its one-time codes, for whoever runs
 * the ranking: the days of the web survey, the response rate, importing the sample,
 * issuing codes, the letters (PDF) and the SMS/e-mail file (CSV), a new code for one
 * business. The sample holds businesses' contacts, so only they see it.
 */
@Controller
@PreAuthorize("@surveyAccess.canWrite(principal)")
public class SamplePageController {

	private final Samples samples;

	private final Questionnaires questionnaires;

	private final OrgDirectory directory;

	private final MessageSource messages;

	SamplePageController(Samples samples, Questionnaires questionnaires, OrgDirectory directory,
			MessageSource messages) {
		this.samples = samples;
		this.questionnaires = questionnaires;
		this.directory = directory;
		this.messages = messages;
	}

	@PreAuthorize("@surveyAccess.canWrite(principal)")
	@GetMapping("/survey/questionnaires/{id}/sample")
	String sample(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return page(user, id, model, Forms.initial(samples.surveyDays(id), letterDefaults(user)));
	}

	@PreAuthorize("@surveyAccess.canWrite(principal)")
	@PostMapping("/survey/questionnaires/{id}/sample")
	String importSample(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(value = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		Forms forms = Forms.initial(samples.surveyDays(id), letterDefaults(user));
		FormState importForm = FormState.typed(Map.of("file", "")).describe("file", null, true);
		if (file == null || file.isEmpty()) {
			importForm = importForm.reject("file", "validation.choose", label("codes.import.file"));
		}
		return FormSubmission.submit(importForm, () -> {
			int count = samples.importFile(id, file.getOriginalFilename(), file.getSize(), file);
			redirect.addFlashAttribute("done", label("codes.import.done", count));
			return redirect(id);
		}, again -> page(user, id, model, forms.withImport(again)));
	}

	@PreAuthorize("@surveyAccess.canWrite(principal)")
	@PostMapping("/survey/questionnaires/{id}/sample/days")
	String days(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute SurveyDays form, BindingResult binding, Model model, RedirectAttributes redirect) {
		Forms forms = Forms.initial(samples.surveyDays(id), letterDefaults(user));
		return FormSubmission.submit(form, binding, () -> {
			samples.setSurveyDays(id, form);
			redirect.addFlashAttribute("done", label("codes.days.done"));
			return redirect(id);
		}, again -> page(user, id, model, forms.withDays(again)));
	}

	@PreAuthorize("@surveyAccess.canWrite(principal)")
	@PostMapping("/survey/questionnaires/{id}/sample/codes")
	String issueCodes(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		Forms forms = Forms.initial(samples.surveyDays(id), letterDefaults(user));
		return FormSubmission.submit(FormState.typed(Map.of()), () -> {
			redirect.addFlashAttribute("done", label("codes.issue.done", samples.issueCodes(id)));
			return redirect(id);
		}, again -> page(user, id, model, forms.withCodes(again)));
	}

	@PreAuthorize("@surveyAccess.canWrite(principal)")
	@PostMapping("/survey/questionnaires/{id}/sample/{sampleId}/code")
	String renewCode(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long sampleId,
			Model model, RedirectAttributes redirect) {
		Forms forms = Forms.initial(samples.surveyDays(id), letterDefaults(user));
		return FormSubmission.submit(FormState.typed(Map.of()), () -> {
			var business = samples.renewCode(id, sampleId);
			redirect.addFlashAttribute("done", label("codes.renew.done", business.businessName()));
			return redirect(id);
		}, again -> page(user, id, model, forms.withCodes(again)));
	}

	/** The letters as a PDF, or the page with what is missing in the letter form. */
	@PreAuthorize("@surveyAccess.canWrite(principal)")
	@PostMapping("/survey/questionnaires/{id}/sample/letters")
	Object letters(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute LetterDetails form, BindingResult binding, Model model,
			HttpServletResponse response) {
		Forms forms = Forms.initial(samples.surveyDays(id), letterDefaults(user));
		FormState typed = FormState.of(form, binding);
		if (!typed.hasErrors()) {
			try {
				return ResponseEntity.ok()
					.contentType(MediaType.APPLICATION_PDF)
					.header(HttpHeaders.CONTENT_DISPOSITION,
							ContentDisposition.attachment()
								.filename("thu-moi-khao-sat-" + id + ".pdf")
								.build()
								.toString())
					.body(samples.letters(id, form));
			}
			catch (BadInputException ex) {
				typed = typed.with(ex.problems());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(user, id, model, forms.withLetters(typed));
	}

	@PreAuthorize("@surveyAccess.canWrite(principal)")
	@GetMapping("/survey/questionnaires/{id}/sample/codes.csv")
	ResponseEntity<byte[]> codesCsv(@PathVariable long id) {
		return csv(id, samples.codesCsv(id));
	}

	static ResponseEntity<byte[]> csv(long id, byte[] content) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("ma-khao-sat-" + id + ".csv").build().toString())
			.body(content);
	}

	private String page(CurrentUser user, long id, Model model, Forms forms) {
		Questionnaire questionnaire = questionnaires.get(id);
		model.addAttribute("questionnaire", questionnaire);
		model.addAttribute("sample", samples.sample(id));
		model.addAttribute("rate", samples.responseRate(id));
		model.addAttribute("unitNames", samples.unitNames(id));
		model.addAttribute("days", samples.surveyDays(id));
		model.addAttribute("portal", samples.portal());
		model.addAttribute("limits", SampleFileReader.LIMITS);
		model.addAttribute("daysForm", forms.days());
		model.addAttribute("importForm", forms.importFile());
		model.addAttribute("codesForm", forms.codes());
		model.addAttribute("lettersForm", forms.letters());
		return "survey/sample";
	}

	private LetterDetails letterDefaults(CurrentUser user) {
		String issuer = user.organisationId() == null ? ""
				: directory.organisation(user.organisationId())
					.map(Organisation::name)
					.map(name -> name.toUpperCase(java.util.Locale.forLanguageTag("vi")))
					.orElse("");
		return LetterDetails.suggested(issuer);
	}

	private String label(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private static String redirect(long id) {
		return "redirect:/survey/questionnaires/" + id + "/sample";
	}

	/**
	 * The page's four forms; the one just posted carries what was typed and its errors.
	 */
	private record Forms(FormState days, FormState importFile, FormState codes, FormState letters) {

		static Forms initial(SurveyDays days, LetterDetails letters) {
			return new Forms(FormState.of(days), FormState.typed(Map.of("file", "")).describe("file", null, true),
					FormState.typed(Map.of()), FormState.of(letters));
		}

		Forms withDays(FormState form) {
			return new Forms(form, importFile, codes, letters);
		}

		Forms withImport(FormState form) {
			return new Forms(days, form, codes, letters);
		}

		Forms withCodes(FormState form) {
			return new Forms(days, importFile, form, letters);
		}

		Forms withLetters(FormState form) {
			return new Forms(days, importFile, codes, form);
		}

	}

}
