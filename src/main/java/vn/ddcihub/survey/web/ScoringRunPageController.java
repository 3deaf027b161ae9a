package vn.ddcihub.survey.web;

import java.util.Arrays;

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
import org.springframework.web.bind.annotation.ResponseBody;

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.FormSubmission;
import vn.ddcihub.shared.NotFoundException;
import vn.ddcihub.survey.Questionnaire;
import vn.ddcihub.survey.domain.Questionnaires;
import vn.ddcihub.survey.domain.RunStatus;
import vn.ddcihub.survey.domain.RunWorkbook;
import vn.ddcihub.survey.domain.ScoringRun;
import vn.ddcihub.survey.domain.ScoringRunInput;
import vn.ddcihub.survey.domain.ScoringRuns;

/**
 * Scoring runs (lượt chấm điểm) from pages: a questionnaire's runs with their parameters
 * and the form that starts one; a run's page with its progress (a real {@code <progress>}
 * the page polls, and a reload link without script), cancel, its result, XLSX, and
 * publishing it into the edition. For whoever runs the ranking: results are not public
 * until published.
 */
@Controller
@PreAuthorize("@surveyAccess.canWrite(principal)")
public class ScoringRunPageController {

	private final ScoringRuns runs;

	private final Questionnaires questionnaires;

	private final RunWorkbook workbook;

	private final MessageSource messages;

	ScoringRunPageController(ScoringRuns runs, Questionnaires questionnaires, RunWorkbook workbook,
			MessageSource messages) {
		this.runs = runs;
		this.questionnaires = questionnaires;
		this.workbook = workbook;
		this.messages = messages;
	}

	@GetMapping("/survey/questionnaires/{id}/runs")
	String list(@PathVariable long id, @RequestParam(required = false) Long again, Model model) {
		Questionnaire questionnaire = questionnaires.get(id);
		ScoringRunInput form = ScoringRunInput.defaults();
		if (again != null) {
			ScoringRun earlier = runs.get(again);
			if (earlier.questionnaireId() != id) {
				throw new NotFoundException("surveyRun.notFound", again);
			}
			form = runs.inputOf(earlier);
		}
		return listPage(model, questionnaire, FormState.of(form));
	}

	@PostMapping("/survey/questionnaires/{id}/runs")
	String start(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute ScoringRunInput form, BindingResult binding, Model model) {
		Questionnaire questionnaire = questionnaires.get(id);
		return FormSubmission.submit(form, binding, () -> redirect(runs.start(id, form, user).id()),
				again -> listPage(model, questionnaire, again));
	}

	private String listPage(Model model, Questionnaire questionnaire, FormState form) {
		model.addAttribute("questionnaire", questionnaire);
		model.addAttribute("runs", runs.ofQuestionnaire(questionnaire.id()));
		model.addAttribute("form", form);
		model.addAttribute("methods", Arrays.asList(vn.ddcihub.scoring.Normalisation.values()));
		model.addAttribute("imputations", Arrays.asList(vn.ddcihub.scoring.Imputation.values()));
		return "survey/runs";
	}

	@GetMapping("/survey/runs/{runId}")
	String view(@PathVariable long runId, Model model) {
		ScoringRun run = runs.get(runId);
		return runPage(model, run, FormState.of(new PublicationForm("")));
	}

	private String runPage(Model model, ScoringRun run, FormState publication) {
		model.addAttribute("run", run);
		model.addAttribute("questionnaire", questionnaires.get(run.questionnaireId()));
		model.addAttribute("result", runs.result(run.id()).orElse(null));
		model.addAttribute("needsReason", run.status() == RunStatus.DONE && runs.needsReason(run));
		model.addAttribute("publication", publication);
		return "survey/run";
	}

	@GetMapping("/survey/runs/{runId}/progress")
	@ResponseBody
	RunProgressView progress(@PathVariable long runId) {
		ScoringRun run = runs.get(runId);
		return new RunProgressView(run.id(), run.status().name(), run.progress(), stageText(run),
				run.status().finished());
	}

	@PostMapping("/survey/runs/{runId}/cancel")
	String cancel(@PathVariable long runId) {
		try {
			runs.cancel(runId);
		}
		catch (BadInputException finishedMeanwhile) {
			// the page shows how it ended
		}
		return redirect(runId);
	}

	@PostMapping("/survey/runs/{runId}/publication")
	String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long runId,
			@Valid @ModelAttribute PublicationForm form, BindingResult binding, Model model) {
		ScoringRun run = runs.get(runId);
		FormState typed = FormState.of(form, binding);
		return FormSubmission.submit(typed, () -> {
			try {
				runs.publish(runId, form.reason(), user);
			}
			catch (BadInputException ex) {
				if (ex.problems().isEmpty()) {
					// a refusal of the whole request (from the index door): shown by the
					// reason, the one thing the person can change here
					throw new BadInputException(java.util.List.of(vn.ddcihub.shared.InputProblem.field("reason",
							messages.getMessage(ex, LocaleContextHolder.getLocale()))));
				}
				throw ex;
			}
			return redirect(runId) + "?published";
		}, again -> runPage(model, run, again));
	}

	@GetMapping("/survey/runs/{runId}/result.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long runId) {
		ScoringRun run = runs.get(runId);
		var result = runs.result(runId).orElseThrow(() -> new NotFoundException("surveyRun.noResult", runId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(RunWorkbook.fileName(run)).build().toString())
			.body(workbook.xlsx(run, result));
	}

	private String stageText(ScoringRun run) {
		return messages.getMessage(run.stage().messageKey(), new Object[] { run.stage().done(), run.stage().total() },
				LocaleContextHolder.getLocale());
	}

	static String redirect(long runId) {
		return "redirect:/survey/runs/" + runId;
	}

}
