package vn.ddcihub.operations.question.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ddcihub.operations.common.OpsDownloads;
import vn.ddcihub.operations.common.OpsField;
import vn.ddcihub.operations.common.OpsFiles;
import vn.ddcihub.operations.common.OpsOrganisations;
import vn.ddcihub.operations.question.Question;
import vn.ddcihub.operations.question.QuestionFigures;
import vn.ddcihub.operations.question.QuestionWorkflow;
import vn.ddcihub.operations.question.QuestionWorkflow.InboxFilter;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Unit;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.NavigationEntry;
import vn.ddcihub.shared.NotFoundException;
import vn.ddcihub.shared.TypedText;

/**
 * The back office of business questions and petitions (hỏi đáp, PAKN): the inbox with
 * filters and overdue items first, the item page with the step the reader may take
 * (assign, draft, submit, approve or return, withhold from publication) and its history,
 * and the figures. Who may do what is {@link QuestionWorkflow}'s rule.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'COORDINATOR', 'UNIT_STAFF')")
@RequestMapping("/operations/questions")
class QuestionPageController {

	private final QuestionWorkflow workflow;

	private final OpsOrganisations organisations;

	private final QuestionFigures figures;

	private final OrgDirectory directory;

	private final OpsFiles files;

	private final MessageSource messages;

	QuestionPageController(QuestionWorkflow workflow, OpsOrganisations organisations, QuestionFigures figures,
			OrgDirectory directory, OpsFiles files, MessageSource messages) {
		this.messages = messages;
		this.workflow = workflow;
		this.organisations = organisations;
		this.figures = figures;
		this.directory = directory;
		this.files = files;
	}

	@Bean
	static NavigationEntry questionsNavigation() {
		return new NavigationEntry(32, "operations.question.nav", "/operations/questions",
				Set.of("ADMIN", "LEADER", "COORDINATOR", "UNIT_STAFF"));
	}

	@GetMapping
	String inbox(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "org", required = false) Long org,
			@RequestParam(name = "stage", required = false) String stage,
			@RequestParam(name = "field", required = false) String field,
			@RequestParam(name = "unit", required = false) Long unit,
			@RequestParam(name = "overdue", defaultValue = "false") boolean overdue,
			@RequestParam(name = "q", required = false) String query, Model model) {
		long organisationId = organisation(user, org);
		String chosenStage = stage != null && QuestionWorkflow.STAGES.contains(stage) ? stage : null;
		InboxFilter filter = new InboxFilter(chosenStage, unit, OpsField.parse(field).orElse(null), overdue,
				query == null ? "" : query.strip());
		model.addAttribute("items", workflow.inbox(user, organisationId, filter));
		model.addAttribute("filter", filter);
		model.addAttribute("organisationId", organisationId);
		model.addAttribute("organisations", user.isAdmin() ? organisations.departments() : List.of());
		model.addAttribute("units", unitNames(organisationId));
		model.addAttribute("seesAllUnits", user.seesWholeOrganisation(organisationId));
		model.addAttribute("today", workflow.today());
		return "operations/question/inbox";
	}

	@GetMapping("/{id}")
	@PreAuthorize("@questionAccess.canSee(principal, #id)")
	String item(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return item(user, id, model, FormState.empty(), null);
	}

	@GetMapping("/{id}/files/{fileId}")
	@PreAuthorize("@questionAccess.canSee(principal, #id)")
	ResponseEntity<byte[]> file(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long fileId) {
		if (workflow.files(user, id).stream().noneMatch(f -> f.id() == fileId)) {
			throw new NotFoundException("operations.file.notFound", fileId);
		}
		return OpsDownloads.download(files.file(fileId).orElseThrow());
	}

	@PostMapping("/{id}/assign")
	@PreAuthorize("@questionAccess.canAssign(principal, #id)")
	String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, HttpServletResponse response, Model model,
			RedirectAttributes flash) {
		return step(user, id, params, response, model, flash, "assigned", () -> {
			String dueText = params.getOrDefault("dueOn", "").strip();
			LocalDate due = dueText.isEmpty() ? null : TypedText.date(dueText)
				.orElseThrow(() -> refused("dueOn", "operations.question.dueOn.invalid", dueText));
			String unitText = params.getOrDefault("unitId", "");
			if (!unitText.matches("\\d{1,18}")) {
				throw refused("unitId", "operations.question.unit.required");
			}
			workflow.assign(user, id, Long.parseLong(unitText), due);
		});
	}

	@PostMapping("/{id}/answer")
	@PreAuthorize("@questionAccess.canDraft(principal, #id)")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, HttpServletResponse response, Model model,
			RedirectAttributes flash) {
		boolean submit = "submit".equals(params.get("action"));
		return step(user, id, params, response, model, flash, submit ? "submitted" : "drafted",
				() -> workflow.draft(user, id, params.get("answer"), submit));
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("@questionAccess.canApprove(principal, #id)")
	String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, HttpServletResponse response, Model model,
			RedirectAttributes flash) {
		return step(user, id, params, response, model, flash, "approved", () -> workflow.approve(user, id));
	}

	@PostMapping("/{id}/return")
	@PreAuthorize("@questionAccess.canApprove(principal, #id)")
	String returnToUnit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, HttpServletResponse response, Model model,
			RedirectAttributes flash) {
		return step(user, id, params, response, model, flash, "returned",
				() -> workflow.returnToUnit(user, id, params.get("comment")));
	}

	@PostMapping("/{id}/withhold")
	@PreAuthorize("@questionAccess.canAssign(principal, #id)")
	String withhold(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, HttpServletResponse response, Model model,
			RedirectAttributes flash) {
		return step(user, id, params, response, model, flash, "withheld",
				() -> workflow.withhold(user, id, params.get("reason")));
	}

	@GetMapping("/figures")
	String figures(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "org", required = false) Long org,
			@RequestParam(name = "year", required = false) Integer year, Model model) {
		long organisationId = organisation(user, org);
		if (!QuestionWorkflow.canRead(user, organisationId)) {
			throw new AccessDeniedException("figures of another organisation");
		}
		int chosen = year == null ? workflow.today().getYear() : year;
		model.addAttribute("organisationId", organisationId);
		model.addAttribute("organisations", user.isAdmin() ? organisations.departments() : List.of());
		model.addAttribute("years", figures.years(organisationId));
		model.addAttribute("year", chosen);
		model.addAttribute("rows", figures.year(organisationId, chosen));
		return "operations/question/figures";
	}

	/**
	 * Runs one workflow step; input it refuses shows the item again with the problem
	 * beside its field.
	 */
	private String step(CurrentUser user, long id, Map<String, String> params, HttpServletResponse response,
			Model model, RedirectAttributes flash, String done, Runnable change) {
		try {
			change.run();
		}
		catch (BadInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			Map<String, String> typed = new LinkedHashMap<>(params);
			typed.remove("_csrf");
			return item(user, id, model, FormState.typed(typed).with(ex.problems()), params.get("form"));
		}
		flash.addFlashAttribute("done", done);
		return "redirect:/operations/questions/" + id;
	}

	private String item(CurrentUser user, long id, Model model, FormState form, String openForm) {
		Question question = workflow.get(user, id);
		model.addAttribute("item", question);
		model.addAttribute("files", workflow.files(user, id));
		model.addAttribute("unitName", directory.unitName(question.unitId()));
		model.addAttribute("units", directory.units(question.organisationId()).stream().filter(Unit::active).toList());
		model.addAttribute("form", form);
		model.addAttribute("defaultDue", question.dueOn() != null ? question.dueOn() : workflow.defaultDue(question));
		model.addAttribute("today", workflow.today());
		model.addAttribute("canAssign", QuestionWorkflow.canAssign(user, question.organisationId()));
		model.addAttribute("canDraft", QuestionWorkflow.canDraft(user, question));
		model.addAttribute("canApprove", QuestionWorkflow.canApprove(user, question.organisationId()));
		model.addAttribute("history", workflow.history(question));
		return "operations/question/item";
	}

	private BadInputException refused(String field, String key, Object... arguments) {
		return new BadInputException(List
			.of(InputProblem.field(field, messages.getMessage(key, arguments, LocaleContextHolder.getLocale()))));
	}

	private long organisation(CurrentUser user, Long chosen) {
		return organisations.shownTo(user, chosen);
	}

	private Map<Long, String> unitNames(long organisationId) {
		Map<Long, String> names = new LinkedHashMap<>();
		directory.units(organisationId).forEach(u -> names.put(u.id(), u.name()));
		return names;
	}

}
