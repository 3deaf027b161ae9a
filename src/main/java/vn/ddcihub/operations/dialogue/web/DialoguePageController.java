package vn.ddcihub.operations.dialogue.web;

import java.util.Arrays;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
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

import vn.ddcihub.operations.dialogue.ActionInput;
import vn.ddcihub.operations.dialogue.ActionUpdate;
import vn.ddcihub.operations.dialogue.Dialogue;
import vn.ddcihub.operations.dialogue.DialogueInput;
import vn.ddcihub.operations.dialogue.DialogueKind;
import vn.ddcihub.operations.dialogue.Dialogues;
import vn.ddcihub.operations.dialogue.FollowUps;
import vn.ddcihub.operations.dialogue.IssueInput;
import vn.ddcihub.operations.dialogue.MinutesFile;
import vn.ddcihub.operations.kpi.OrganisationScope;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.Organisation;
import vn.ddcihub.shared.FieldOption;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.FormSubmission;
import vn.ddcihub.shared.NavigationEntry;
import vn.ddcihub.shared.NotFoundException;
import vn.ddcihub.shared.VietnamTime;

/**
 * Dialogues with businesses (đối thoại doanh nghiệp): the year's meetings with the
 * quarterly count, the open follow-up actions (overdue first and highlighted), one
 * meeting with its issues and actions, and the forms that record them.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class DialoguePageController {

	private final Dialogues dialogues;

	private final FollowUps followUps;

	private final OrganisationScope scope;

	DialoguePageController(Dialogues dialogues, FollowUps followUps, OrganisationScope scope) {
		this.dialogues = dialogues;
		this.followUps = followUps;
		this.scope = scope;
	}

	@Bean
	static NavigationEntry dialoguesNavigation() {
		return new NavigationEntry(36, "operations.dialogue.nav", "/operations/dialogues", Set.of());
	}

	@GetMapping("/operations/dialogues")
	@PreAuthorize("isAuthenticated()")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long org, Model model) {
		Organisation organisation = scope.readable(user, org);
		int shown = year != null ? year : dialogues.latestYear(organisation.id()).orElse(VietnamTime.today().getYear());
		var today = VietnamTime.today();
		model.addAttribute("organisation", organisation);
		model.addAttribute("organisations", scope.choices(user));
		model.addAttribute("year", shown);
		model.addAttribute("dialogues", dialogues.list(organisation.id(), shown, today));
		model.addAttribute("quarters", dialogues.quarters(organisation.id(), shown, today));
		model.addAttribute("actions", followUps.open(organisation.id(), null, today));
		model.addAttribute("canRecord", user.canManage(organisation.id()));
		return "operations/dialogue/dialogues";
	}

	@GetMapping("/operations/dialogues/new")
	@PreAuthorize("@dialogueAccess.canRecord(principal, #org)")
	String newDialogue(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long org,
			Model model) {
		return form(model, scope.readable(user, org), null, FormState.of(DialogueInput.blank()));
	}

	@PostMapping("/operations/dialogues")
	@PreAuthorize("@dialogueAccess.canRecord(principal, #org)")
	String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long org,
			@Valid @ModelAttribute("form") DialogueInput form, BindingResult binding,
			@RequestParam(required = false) MultipartFile minutes, Model model, RedirectAttributes flash) {
		Organisation organisation = scope.readable(user, org);
		return FormSubmission.submit(form, binding, () -> {
			long id = dialogues.create(organisation.id(), form, MinutesFile.of(minutes), false);
			flash.addFlashAttribute("saved", true);
			return "redirect:/operations/dialogues/" + id;
		}, typed -> form(model, organisation, null, typed));
	}

	@GetMapping("/operations/dialogues/{id}/edit")
	@PreAuthorize("@dialogueAccess.canManage(principal, #id)")
	String edit(@PathVariable long id, Model model) {
		Dialogue dialogue = dialogues.get(id, VietnamTime.today());
		return form(model, scope.directory().organisation(dialogue.organisationId()).orElseThrow(), id,
				FormState.of(dialogue.toInput()));
	}

	@PostMapping("/operations/dialogues/{id}/edit")
	@PreAuthorize("@dialogueAccess.canManage(principal, #id)")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") DialogueInput form, BindingResult binding,
			@RequestParam(required = false) MultipartFile minutes, Model model, RedirectAttributes flash) {
		Dialogue dialogue = dialogues.get(id, VietnamTime.today());
		return FormSubmission.submit(form, binding, () -> {
			dialogues.update(id, form, MinutesFile.of(minutes));
			flash.addFlashAttribute("saved", true);
			return "redirect:/operations/dialogues/" + id;
		}, typed -> form(model, scope.directory().organisation(dialogue.organisationId()).orElseThrow(), id, typed));
	}

	@GetMapping("/operations/dialogues/{id}")
	@PreAuthorize("@dialogueAccess.canRead(principal, #id)")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return detail(user, model, id, FormState.of(IssueInput.blank()), null, FormState.of(ActionInput.blank()), null,
				null);
	}

	@PostMapping("/operations/dialogues/{id}/issues")
	@PreAuthorize("@dialogueAccess.canManage(principal, #id)")
	String addIssue(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("issue") IssueInput issue, BindingResult binding, Model model,
			RedirectAttributes flash) {
		return FormSubmission.submit(issue, binding, () -> {
			long issueId = dialogues.addIssue(id, issue);
			flash.addFlashAttribute("saved", true);
			return "redirect:/operations/dialogues/" + id + "#issue-" + issueId;
		}, typed -> detail(user, model, id, typed, null, FormState.of(ActionInput.blank()), null, null));
	}

	@PostMapping("/operations/dialogues/{id}/issues/{issueId}/actions")
	@PreAuthorize("@dialogueAccess.canManage(principal, #id)")
	String addAction(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long issueId,
			@Valid @ModelAttribute("action") ActionInput action, BindingResult binding, Model model,
			RedirectAttributes flash) {
		return FormSubmission.submit(action, binding, () -> {
			long actionId = dialogues.addAction(id, issueId, action);
			flash.addFlashAttribute("saved", true);
			return "redirect:/operations/dialogues/" + id + "#action-" + actionId;
		}, typed -> detail(user, model, id, FormState.of(IssueInput.blank()), issueId, typed, null, null));
	}

	@PostMapping("/operations/dialogues/actions/{actionId}")
	@PreAuthorize("@dialogueAccess.canUpdateAction(principal, #actionId)")
	String updateAction(@AuthenticationPrincipal CurrentUser user, @PathVariable long actionId,
			@Valid @ModelAttribute("update") ActionUpdate update, BindingResult binding, Model model,
			RedirectAttributes flash) {
		long dialogueId = followUps.find(actionId, VietnamTime.today())
			.orElseThrow(() -> new NotFoundException("operations.action.notFound", actionId))
			.dialogueId();
		return FormSubmission.submit(update, binding, () -> {
			followUps.update(actionId, update, VietnamTime.today());
			flash.addFlashAttribute("saved", true);
			return "redirect:/operations/dialogues/" + dialogueId + "#action-" + actionId;
		}, typed -> detail(user, model, dialogueId, FormState.of(IssueInput.blank()), null,
				FormState.of(ActionInput.blank()), actionId, typed));
	}

	@GetMapping("/operations/dialogues/{id}/minutes")
	@PreAuthorize("@dialogueAccess.canRead(principal, #id)")
	ResponseEntity<byte[]> minutes(@PathVariable long id) {
		MinutesFile file = dialogues.minutes(id)
			.orElseThrow(() -> new NotFoundException("operations.dialogue.minutes.notFound", id));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

	private String detail(CurrentUser user, Model model, long id, FormState issueForm, Long actionIssueId,
			FormState actionForm, Long statusActionId, FormState statusForm) {
		Dialogue dialogue = dialogues.get(id, VietnamTime.today());
		model.addAttribute("dialogue", dialogue);
		model.addAttribute("canManage", user.canManage(dialogue.organisationId()));
		model.addAttribute("updatable",
				dialogue.issues()
					.stream()
					.flatMap(issue -> issue.actions().stream())
					.filter(a -> user.canChangeUnitWork(dialogue.organisationId(), a.ownerUnitId()))
					.map(Dialogue.FollowUp::id)
					.collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("units",
				FieldOption.of(
						scope.directory().units(dialogue.organisationId()).stream().filter(u -> u.active()).toList(),
						u -> u.id(), u -> u.name()));
		model.addAttribute("issueForm", issueForm);
		model.addAttribute("actionIssueId", actionIssueId);
		model.addAttribute("actionForm", actionForm);
		model.addAttribute("statusActionId", statusActionId);
		model.addAttribute("statusForm", statusForm);
		return "operations/dialogue/dialogue";
	}

	private String form(Model model, Organisation organisation, Long id, FormState form) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("dialogueId", id);
		model.addAttribute("form", form);
		model.addAttribute("kinds", Arrays.stream(DialogueKind.values()).map(Enum::name).toList());
		return "operations/dialogue/dialogue-form";
	}

}
