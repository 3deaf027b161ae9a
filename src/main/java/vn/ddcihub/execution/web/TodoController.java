package vn.ddcihub.execution.web;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.ddcihub.execution.TaskStatus;
import vn.ddcihub.execution.domain.TodoFilter;
import vn.ddcihub.execution.domain.TodoItem;
import vn.ddcihub.execution.domain.TodoList;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.plan.UnitRole;
import vn.ddcihub.shared.NavigationEntry;
import vn.ddcihub.shared.VietnamTime;

/**
 * The to-do list (việc của tôi), as a page and in the API: every task of the user's work
 * with its status and next due date, soonest first, filtered by the unit's role and the
 * status.
 */
@Controller
@PreAuthorize("isAuthenticated()")
@Tag(name = "Việc của tôi", description = "Nhiệm vụ của đơn vị với trạng thái và hạn báo cáo tiếp theo")
class TodoController {

	private final TodoList todo;

	TodoController(TodoList todo) {
		this.todo = todo;
	}

	@Bean
	static NavigationEntry myWorkNavigation() {
		return new NavigationEntry(21, "nav.myWork", "/my-work", Set.of());
	}

	@GetMapping("/my-work")
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UnitRole role,
			@RequestParam(required = false) TaskStatus status, Model model) {
		TodoFilter filter = new TodoFilter(role, status);
		model.addAttribute("items", todo.of(user, VietnamTime.today(), filter));
		model.addAttribute("filter", filter);
		model.addAttribute("today", VietnamTime.today());
		model.addAttribute("hasUnit", user.unitId() != null);
		return "execution/todo";
	}

	@GetMapping("/api/v1/my-work")
	@ResponseBody
	@Operation(summary = "Việc của tôi: nhiệm vụ với trạng thái, hạn tiếp theo (sớm nhất trước), kỳ cần báo cáo; "
			+ "lọc theo vai trò (LEAD, COORDINATING) và trạng thái")
	List<TodoItem> api(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UnitRole role,
			@RequestParam(required = false) TaskStatus status) {
		return todo.of(user, VietnamTime.today(), new TodoFilter(role, status));
	}

}
