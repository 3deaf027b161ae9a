package vn.ddcihub.execution.web;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.ddcihub.execution.domain.TodoFilter;
import vn.ddcihub.execution.domain.TodoItem;
import vn.ddcihub.execution.domain.TodoList;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.VietnamTime;
import vn.ddcihub.web.Page;
import vn.ddcihub.web.StartPageCard;
import vn.ddcihub.web.StartPageCard.Item;
import vn.ddcihub.web.StartPageCard.Link;
import vn.ddcihub.web.StartPageSection;

/** The start page's to-do card: the work due soonest, overdue first. */
@Component
class TodoStartPageSection implements StartPageSection {

	private static final int SHOWN = 8;

	private final TodoList todo;

	TodoStartPageSection(TodoList todo) {
		this.todo = todo;
	}

	@Override
	public int order() {
		return 21;
	}

	@Override
	public List<StartPageCard> cards(CurrentUser user, Page page) {
		List<TodoItem> work = todo.of(user, VietnamTime.today(), TodoFilter.ALL);
		List<Item> items = work.stream()
			.filter(item -> item.nextDue() != null)
			.limit(SHOWN)
			.map(item -> new Item(page.date(item.nextDue()), item.task().title(),
					"/plans/" + item.planId() + "#task-" + item.task().id(),
					item.urgency() == TodoItem.Urgency.OVERDUE ? page.t("execution.todo.overdue")
							: item.urgency() == TodoItem.Urgency.DUE_SOON ? page.t("execution.todo.dueSoon") : null))
			.toList();
		return List.of(new StartPageCard("work", page.t("execution.todo.card", work.size()), List.of(), items,
				page.t("execution.todo.none"), new Link(page.t("execution.todo.all"), "/my-work"), false));
	}

}
