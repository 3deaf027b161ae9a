package vn.ddcihub.plan.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ddcihub.index.ComponentKpis;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.PlanStatus;
import vn.ddcihub.plan.PlanTask;
import vn.ddcihub.plan.TaskKind;
import vn.ddcihub.plan.domain.MoveDirection;
import vn.ddcihub.plan.domain.PlanDetail;
import vn.ddcihub.plan.domain.PlanDocuments;
import vn.ddcihub.plan.domain.PlanForm;
import vn.ddcihub.plan.domain.PlanService;
import vn.ddcihub.plan.domain.PlanTarget;
import vn.ddcihub.plan.domain.TargetInput;
import vn.ddcihub.plan.domain.TaskInput;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.NotFoundException;
import vn.ddcihub.shared.FormSubmission;
import vn.ddcihub.shared.NavigationEntry;
import vn.ddcihub.shared.VietnamTime;

/**
 * Pages of improvement plans: list, plan (goals, targets, tasks), plan and task forms,
 * history.
 */
@Controller
@PreAuthorize("isAuthenticated()")
public class PlanPageController {

	private final PlanService plans;

	private final ObjectProvider<ComponentKpis> kpis;

	PlanPageController(PlanService plans, ObjectProvider<ComponentKpis> kpis) {
		this.plans = plans;
		this.kpis = kpis;
	}

	@Bean
	static NavigationEntry plansNavigation() {
		return new NavigationEntry(20, "nav.plans", "/plans", Set.of());
	}

	@GetMapping("/plans")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("plans", plans.visiblePlans(user));
		model.addAttribute("canCreate", canCreate(user));
		return "plan/plans";
	}

	@GetMapping("/plans/new")
	@PreAuthorize("@planAccess.canCreate(principal)")
	String newPlan(Model model) {
		return planForm(model, null, FormState.of(PlanForm.empty(VietnamTime.today().getYear())));
	}

	@PostMapping("/plans/new")
	@PreAuthorize("@planAccess.canCreate(principal)")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute PlanForm form,
			BindingResult binding, Model model, RedirectAttributes flash) {
		return FormSubmission.submit(form, binding, () -> {
			long id = plans.create(user, form.toInput());
			flash.addFlashAttribute("saved", form.numberSymbol());
			return "redirect:/plans/" + id;
		}, typed -> planForm(model, null, typed));
	}

	/** Plans are drawn up by the coordinators of the user's own organisation. */
	private static boolean canCreate(CurrentUser user) {
		return user.organisationId() != null && user.canManage(user.organisationId());
	}

	@GetMapping("/plans/{id}/edit")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	String edit(@PathVariable long id, Model model) {
		Plan plan = plans.plan(id);
		if (!plan.status().editable()) {
			return notEditableNow(plan);
		}
		return planForm(model, id, FormState.of(PlanForm.of(plan)));
	}

	/**
	 * A form of a plan that cannot change now: an issued plan asks first whether to open
	 * a revision; a submitted one is back on its page, which says it awaits the director.
	 */
	private static String notEditableNow(Plan plan) {
		return plan.status() == PlanStatus.ISSUED ? "redirect:/plans/" + plan.id() + "/revise"
				: "redirect:/plans/" + plan.id();
	}

	@PostMapping("/plans/{id}/edit")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	String update(@PathVariable long id, @Valid @ModelAttribute PlanForm form, BindingResult binding, Model model,
			RedirectAttributes flash) {
		return FormSubmission.submit(form, binding, () -> {
			plans.update(id, form.toInput());
			flash.addFlashAttribute("saved", form.numberSymbol());
			return "redirect:/plans/" + id;
		}, typed -> planForm(model, id, typed));
	}

	private String planForm(Model model, Long id, FormState form) {
		model.addAttribute("planId", id);
		model.addAttribute("approval", id == null ? null : plans.revisionState(id));
		model.addAttribute("form", form);
		return "plan/plan-form";
	}

	@GetMapping("/plans/{id}")
	@PreAuthorize("@planAccess.canRead(principal, #id)")
	String plan(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return planPage(user, model, id, null, FormState.empty());
	}

	private String planPage(CurrentUser user, Model model, long id, Long splitTaskId, FormState split) {
		PlanDetail detail = plans.detail(user, id);
		model.addAttribute("detail", detail);
		// the history is offered only to those who may read it (not a unit's staff)
		model.addAttribute("seesHistory", user.seesWholeOrganisation(detail.plan().organisationId()));
		model.addAttribute("splitTaskId", splitTaskId);
		model.addAttribute("split", split);
		model.addAttribute("kpiNames", kpiNames());
		return "plan/plan";
	}

	@PostMapping("/plans/{id}/copy")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	String copy(@PathVariable long id) {
		return "redirect:/plans/" + plans.copyToNextYear(id);
	}

	@GetMapping("/plans/{id}/history")
	@PreAuthorize("@planAccess.canSeeHistory(principal, #id)")
	String history(@PathVariable long id, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("plan", plans.plan(id));
		model.addAttribute("approval", plans.revisionState(id));
		model.addAttribute("history", plans.history(id, page));
		return "plan/history";
	}

	// Targets

	@GetMapping("/plans/{id}/targets/new")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	String newTarget(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Plan plan = plans.plan(id);
		if (!plan.status().editable()) {
			return notEditableNow(plan);
		}
		TargetInput empty = TargetInput.empty();
		return targetForm(user, model, id, null, FormState.of(empty));
	}

	@PostMapping("/plans/{id}/targets")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	String createTarget(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute TargetInput form, BindingResult binding, Model model, RedirectAttributes flash) {
		return FormSubmission.submit(form, binding, () -> {
			plans.addTarget(id, form);
			flash.addFlashAttribute("saved", form.componentName());
			return "redirect:/plans/" + id;
		}, typed -> targetForm(user, model, id, null, typed));
	}

	@GetMapping("/plans/{id}/targets/{targetId}/edit")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	String editTarget(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long targetId,
			Model model) {
		Plan plan = plans.plan(id);
		if (!plan.status().editable()) {
			return notEditableNow(plan);
		}
		return targetForm(user, model, id, targetId, FormState.of(savedTarget(user, id, targetId)));
	}

	/**
	 * Removes the target; when it still has tasks in force the edit page says so in its
	 * error summary.
	 */
	@PostMapping("/plans/{id}/targets/{targetId}/remove")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	String removeTarget(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long targetId,
			Model model, RedirectAttributes flash) {
		TargetInput saved = savedTarget(user, id, targetId);
		try {
			plans.removeTarget(id, targetId);
		}
		catch (BadInputException refused) {
			return targetForm(user, model, id, targetId,
					FormState.of(saved).reject(null, refused.getCodes()[0], refused.getArguments()));
		}
		flash.addFlashAttribute("removed", saved.componentCode() + " " + saved.componentName());
		return "redirect:/plans/" + id;
	}

	private TargetInput savedTarget(CurrentUser user, long planId, long targetId) {
		PlanTarget t = plans.detail(user, planId)
			.targets()
			.stream()
			.map(PlanDetail.TargetWithTasks::target)
			.filter(x -> x.id() == targetId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("plan.notFound.target", targetId));
		return TargetInput.of(t, t.baselineScore(), t.baselineRank());
	}

	@PostMapping("/plans/{id}/targets/{targetId}")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	String updateTarget(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long targetId,
			@Valid @ModelAttribute TargetInput form, BindingResult binding, Model model, RedirectAttributes flash) {
		return FormSubmission.submit(form, binding, () -> {
			plans.updateTarget(id, targetId, form);
			flash.addFlashAttribute("saved", form.componentName());
			return "redirect:/plans/" + id;
		}, typed -> targetForm(user, model, id, targetId, typed));
	}

	private String targetForm(CurrentUser user, Model model, long planId, Long targetId, FormState form) {
		PlanDetail detail = plans.detail(user, planId);
		model.addAttribute("detail", detail);
		model.addAttribute("targetId", targetId);
		model.addAttribute("form", form);
		model.addAttribute("units", plans.units(detail.plan().organisationId()));
		return "plan/target-form";
	}

	// Tasks

	@GetMapping("/plans/{id}/tasks/new")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	String newTask(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long targetId, Model model) {
		Plan plan = plans.plan(id);
		if (!plan.status().editable()) {
			return notEditableNow(plan);
		}
		TaskInput empty = TaskInput.empty(targetId);
		return taskForm(user, model, id, null, FormState.of(empty));
	}

	@PostMapping("/plans/{id}/tasks")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	String createTask(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute TaskInput form, BindingResult binding, Model model, RedirectAttributes flash) {
		return FormSubmission.submit(form, binding, () -> {
			long taskId = plans.addTask(id, form);
			return showTask(flash, id, taskId, form.title());
		}, typed -> taskForm(user, model, id, null, typed));
	}

	@GetMapping("/plans/{id}/tasks/{taskId}/edit")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	String editTask(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long taskId,
			Model model) {
		Plan plan = plans.plan(id);
		if (!plan.status().editable()) {
			return notEditableNow(plan);
		}
		PlanTask task = plans.task(id, taskId);
		TaskInput form = TaskInput.of(task);
		return taskForm(user, model, id, taskId, FormState.of(form));
	}

	@PostMapping("/plans/{id}/tasks/{taskId}")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	String updateTask(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long taskId,
			@Valid @ModelAttribute TaskInput form, BindingResult binding, Model model, RedirectAttributes flash) {
		return FormSubmission.submit(form, binding, () -> {
			plans.updateTask(id, taskId, form);
			return showTask(flash, id, taskId, form.title());
		}, typed -> taskForm(user, model, id, taskId, typed));
	}

	@PostMapping("/plans/{id}/tasks/{taskId}/move")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	String move(@PathVariable long id, @PathVariable long taskId, @RequestParam(required = false) String direction) {
		plans.moveTask(id, taskId, MoveDirection.of(direction));
		return "redirect:/plans/" + id + "#task-" + taskId;
	}

	/** The plan page scrolled to the saved task, which it highlights. */
	private static String showTask(RedirectAttributes flash, long planId, long taskId, String title) {
		flash.addFlashAttribute("saved", title);
		flash.addFlashAttribute("highlight", taskId);
		return "redirect:/plans/" + planId + "#task-" + taskId;
	}

	/** Asks before a task is retired (works without JavaScript). */
	@GetMapping("/plans/{id}/tasks/{taskId}/retire")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	String confirmRetire(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long taskId,
			Model model) {
		model.addAttribute("detail", plans.detail(user, id));
		model.addAttribute("task", plans.task(id, taskId));
		return "plan/retire";
	}

	@PostMapping("/plans/{id}/tasks/{taskId}/retire")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	String retire(@PathVariable long id, @PathVariable long taskId, RedirectAttributes flash) {
		plans.retireTask(id, taskId);
		// plain values: flash attributes live in the session, which PostgreSQL stores
		flash.addFlashAttribute("retiredTaskId", taskId);
		flash.addFlashAttribute("retiredTitle", plans.task(id, taskId).title());
		return "redirect:/plans/" + id;
	}

	/** Undoes retiring a task: it is back in its place, shown and highlighted. */
	@PostMapping("/plans/{id}/tasks/{taskId}/restore")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	String restore(@PathVariable long id, @PathVariable long taskId, RedirectAttributes flash) {
		plans.restoreTask(id, taskId);
		flash.addFlashAttribute("done", "plan.task.restored");
		flash.addFlashAttribute("highlight", taskId);
		return "redirect:/plans/" + id + "#task-" + taskId;
	}

	@PostMapping("/plans/{id}/tasks/{taskId}/split")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	String split(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long taskId,
			@Valid @ModelAttribute TaskSplitForm form, BindingResult binding, Model model) {
		return FormSubmission.submit(form, binding, () -> {
			plans.splitTask(id, taskId, form.parts());
			return "redirect:/plans/" + id + "#task-" + taskId;
		}, typed -> planPage(user, model, id, taskId, typed.idPrefix("split-" + taskId + "-")));
	}

	/** The operational KPIs a task may name, read through the index port. */
	private List<ComponentKpis.KpiChoice> kpiCatalogue() {
		ComponentKpis source = kpis.getIfAvailable();
		return source == null ? List.of() : source.catalogue();
	}

	private Map<String, String> kpiNames() {
		Map<String, String> names = new HashMap<>();
		kpiCatalogue().forEach(kpi -> names.put(kpi.code(), kpi.name()));
		return names;
	}

	private String taskForm(CurrentUser user, Model model, long planId, Long taskId, FormState form) {
		PlanDetail detail = plans.detail(user, planId);
		model.addAttribute("detail", detail);
		model.addAttribute("taskId", taskId);
		model.addAttribute("form", form);
		model.addAttribute("units", plans.units(detail.plan().organisationId()));
		model.addAttribute("kinds", TaskKind.values());
		model.addAttribute("kpis", kpiCatalogue());
		return "plan/task-form";
	}

}
