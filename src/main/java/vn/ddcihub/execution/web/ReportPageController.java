package vn.ddcihub.execution.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ddcihub.execution.ReportStatus;
import vn.ddcihub.execution.domain.EvidenceFiles;
import vn.ddcihub.execution.domain.ExecutionAccess;
import vn.ddcihub.execution.domain.ReportDraft;
import vn.ddcihub.execution.domain.ReportReview;
import vn.ddcihub.execution.domain.ReportView;
import vn.ddcihub.execution.domain.ReportViews;
import vn.ddcihub.execution.domain.UnitReports;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.ConflictException;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.TypedForm;

/**
 * The report page (/reports/{id}): the unit drafts, attaches evidence and submits; the
 * Office accepts or returns it; a leader comments on its tasks. One form holds the text
 * and the files, so a refused file never costs the text typed with it: the text is saved,
 * each good file attached, and the page shows again with every refusal beside its field.
 */
@Controller
@PreAuthorize("isAuthenticated()")
public class ReportPageController {

	private final UnitReports reports;

	private final ReportReview review;

	private final ReportViews views;

	private final EvidenceFiles evidence;

	private final ExecutionAccess access;

	private final ReportForms forms;

	ReportPageController(UnitReports reports, ReportReview review, ReportViews views, EvidenceFiles evidence,
			ExecutionAccess access, ReportForms forms) {
		this.reports = reports;
		this.review = review;
		this.views = views;
		this.evidence = evidence;
		this.access = access;
		this.forms = forms;
	}

	@PostMapping("/periods/{periodId}/units/{unitId}/report")
	@PreAuthorize("@executionAccess.canReportFor(principal, #periodId, #unitId)")
	String start(@PathVariable long periodId, @PathVariable long unitId) {
		return "redirect:/reports/" + reports.start(periodId, unitId).reportId();
	}

	@GetMapping("/reports/{reportId}")
	@PreAuthorize("@executionAccess.canReadReport(principal, #reportId)")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long reportId, Model model) {
		ReportView report = views.of(reportId);
		return page(model, user, report, forms.showing(report).shown(), FormState.empty(), FormState.empty(), null);
	}

	/**
	 * Saves the text, attaches the chosen files, removes a file
	 * ({@code deleteAttachment}) and, with {@code action=submit}, sends the report.
	 */
	@PostMapping("/reports/{reportId}")
	@PreAuthorize("@executionAccess.canEditReport(principal, #reportId)")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long reportId,
			@RequestParam Map<String, String> posted, @RequestParam MultiValueMap<String, MultipartFile> files,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		ReportView report = views.of(reportId);
		TypedForm typed = new TypedForm(posted);
		ReportDraft draft = forms.read(typed, report);
		List<InputProblem> problems = new ArrayList<>();
		ConflictException conflict = null;
		if (!typed.hasErrors()) {
			try {
				reports.save(reportId, draft);
			}
			catch (BadInputException ex) {
				problems.addAll(ex.problems());
			}
			catch (ConflictException ex) {
				conflict = ex;
			}
		}
		if (conflict == null) {
			try {
				attachFiles(reportId, report, files, problems);
				String remove = posted.getOrDefault("deleteAttachment", "");
				if (!remove.isBlank()) {
					evidence.delete(reportId, Long.parseLong(remove.strip()));
				}
			}
			catch (ConflictException ex) {
				conflict = ex;
			}
		}
		boolean clean = !typed.hasErrors() && problems.isEmpty() && conflict == null;
		boolean submitting = "submit".equals(posted.get("action"));
		if (clean && submitting) {
			try {
				reports.submit(reportId, null);
				redirect.addFlashAttribute("notice", "execution.report.notice.submitted");
				return "redirect:/reports/" + reportId;
			}
			catch (BadInputException ex) {
				problems.addAll(ex.problems());
				clean = false;
			}
		}
		if (clean) {
			redirect.addFlashAttribute("notice", "execution.report.notice.saved");
			return "redirect:/reports/" + reportId;
		}
		FormState form = typed.state().with(problems);
		if (conflict != null) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			form = form.reject(null, conflict.getCodes()[0], conflict.getArguments());
		}
		return page(model, user, views.of(reportId), form, FormState.empty(), FormState.empty(),
				conflict != null ? posted.get("version") : null);
	}

	@PostMapping("/reports/{reportId}/review")
	@PreAuthorize("@executionAccess.canReview(principal, #reportId)")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long reportId,
			@RequestParam(defaultValue = "") String decision, @RequestParam(defaultValue = "") String comment,
			Model model, RedirectAttributes redirect) {
		try {
			if ("accept".equals(decision)) {
				review.accept(reportId, comment, null);
				redirect.addFlashAttribute("notice", "execution.report.notice.accepted");
			}
			else {
				review.returnToUnit(reportId, comment, null);
				redirect.addFlashAttribute("notice", "execution.report.notice.returned");
			}
			return "redirect:/reports/" + reportId;
		}
		catch (BadInputException ex) {
			ReportView report = views.of(reportId);
			FormState reviewForm = FormState.typed(Map.of("comment", comment)).with(ex.problems());
			return page(model, user, report, forms.showing(report).shown(), reviewForm, FormState.empty(), null);
		}
	}

	@PostMapping("/reports/{reportId}/comments")
	@PreAuthorize("@executionAccess.canComment(principal, #reportId)")
	String comment(@AuthenticationPrincipal CurrentUser user, @PathVariable long reportId, @RequestParam long taskId,
			@RequestParam(defaultValue = "") String body, Model model, RedirectAttributes redirect) {
		try {
			review.comment(reportId, taskId, body);
			redirect.addFlashAttribute("notice", "execution.report.notice.commented");
			return "redirect:/reports/" + reportId + "#task-" + taskId;
		}
		catch (BadInputException ex) {
			ReportView report = views.of(reportId);
			String field = ReportForms.field("comment", taskId);
			FormState commentForm = FormState.typed(Map.of(field, body))
				.with(ex.problems().stream().map(p -> InputProblem.field(field, p.message())).toList());
			return page(model, user, report, forms.showing(report).shown(), FormState.empty(), commentForm, null);
		}
	}

	@GetMapping("/reports/{reportId}/attachments/{attachmentId}")
	@PreAuthorize("@executionAccess.canReadReport(principal, #reportId)")
	ResponseEntity<Resource> download(@PathVariable long reportId, @PathVariable long attachmentId) {
		return ReportForms.download(evidence.download(reportId, attachmentId));
	}

	/** Every chosen file of every task; a refused file is a problem beside its input. */
	private void attachFiles(long reportId, ReportView report, MultiValueMap<String, MultipartFile> files,
			List<InputProblem> problems) {
		for (ReportView.Entry entry : report.entries()) {
			String field = ReportForms.field("files", entry.taskId());
			List<String> refused = new ArrayList<>();
			for (MultipartFile file : files.getOrDefault(field, List.of())) {
				if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
					continue;
				}
				try {
					evidence.attach(reportId, entry.taskId(), ReportForms.upload(file), field);
				}
				catch (BadInputException ex) {
					ex.problems().forEach(p -> refused.add(p.message()));
				}
			}
			// a field shows one message: every refused file of the field in it
			if (!refused.isEmpty()) {
				problems.add(InputProblem.field(field, String.join(". ", refused)));
			}
		}
	}

	private String page(Model model, CurrentUser user, ReportView report, FormState form, FormState reviewForm,
			FormState commentForm, String typedVersion) {
		boolean mayEdit = access.canEditReport(user, report.id());
		model.addAttribute("report", report);
		model.addAttribute("form", form);
		model.addAttribute("reviewForm", reviewForm);
		model.addAttribute("commentForm", commentForm);
		model.addAttribute("editing", mayEdit && report.editable());
		model.addAttribute("reviewing",
				access.canReview(user, report.id()) && report.status() == ReportStatus.SUBMITTED);
		model.addAttribute("commenting", access.canComment(user, report.id()));
		model.addAttribute("version", typedVersion == null ? String.valueOf(report.version()) : typedVersion);
		model.addAttribute("maxMegabytes", EvidenceFiles.MAX_BYTES / (1024 * 1024));
		if (!model.containsAttribute("notice")) {
			model.addAttribute("notice", null);
		}
		return "execution/report";
	}

}
