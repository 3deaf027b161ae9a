package vn.ddcihub.plan.domain;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;

import vn.ddcihub.plan.PlanTask;
import vn.ddcihub.plan.TaskKind;
import vn.ddcihub.plan.UnitRef;
import vn.ddcihub.shared.Label;

/**
 * What a coordinator enters for a task; the form posts the same fields (leadUnitIds,
 * coordinatingUnitIds). Lengths are limits of plan_task's text columns.
 */
@DeadlineForOneOffTask
@DueDayForRecurringTask
public record TaskInput(@Label("plan.task.component") Long targetId,
		@Label("plan.task.title") @NotBlank(message = "{validation.required}") @Size(max = 1000,
				message = "{validation.tooLong}") String title,
		@Label("plan.task.description") @Size(max = 10000, message = "{validation.tooLong}") String description,
		@Label("plan.task.kind") @NotNull(message = "{validation.choose}") TaskKind kind,
		@Label("plan.task.dueDay") @Range(min = 1, max = 31, message = "{validation.between}") Integer dueDay,
		@Label("plan.task.deadline") LocalDate deadline,
		@Label("plan.task.expectedOutput") @Size(max = 2000, message = "{validation.tooLong}") String expectedOutput,
		@Label("plan.task.kpiLinks") @Size(max = 1000, message = "{validation.tooLong}") String kpiLinks,
		@Label("plan.externalParties") @Size(max = 1000, message = "{validation.tooLong}") String externalParties,
		@Label("plan.task.lead") @NotEmpty(message = "{validation.choose}") List<Long> leadUnitIds,
		@Label("plan.task.coordinating") List<Long> coordinatingUnitIds,
		@Label("plan.task.groupLabel") @Size(max = 1000, message = "{validation.tooLong}") String groupLabel,
		@Label("plan.relatedUnitsToName") Boolean relatedUnitsToName,
		@Label("plan.field.kpiCode") @Size(max = 80, message = "{validation.tooLong}") String kpiCode) {

	public TaskInput {
		kpiCode = kpiCode == null || kpiCode.isBlank() ? null : kpiCode.strip();
	}

	/** A task that names no KPI of the catalogue. */
	public TaskInput(Long targetId, String title, String description, TaskKind kind, Integer dueDay, LocalDate deadline,
			String expectedOutput, String kpiLinks, String externalParties, List<Long> leadUnitIds,
			List<Long> coordinatingUnitIds, String groupLabel, Boolean relatedUnitsToName) {
		this(targetId, title, description, kind, dueDay, deadline, expectedOutput, kpiLinks, externalParties,
				leadUnitIds, coordinatingUnitIds, groupLabel, relatedUnitsToName, null);
	}

	/** The task as its form shows it, to be changed. */
	public static TaskInput of(PlanTask task) {
		return of(task, task.targetId(), task.title(), task.deadline());
	}

	/**
	 * A copy of the task under another target, title or deadline (a new year's plan, a
	 * split), keeping who does it and where the plan lists it.
	 */
	public static TaskInput of(PlanTask task, Long targetId, String title, LocalDate deadline) {
		return new TaskInput(targetId, title, task.description(), task.kind(), task.dueDay(), deadline,
				task.expectedOutput(), task.kpiLinks(), task.externalParties(), ids(task.leadUnits()),
				ids(task.coordinatingUnits()), task.groupLabel(), task.relatedUnitsToName(), task.kpiCode());
	}

	/** A blank task form under the given target (null: the general section). */
	public static TaskInput empty(Long targetId) {
		return new TaskInput(targetId, "", "", TaskKind.REGULAR, null, null, "", "", "", List.of(), List.of(), "",
				false);
	}

	public boolean namesRelatedUnitsLater() {
		return Boolean.TRUE.equals(relatedUnitsToName);
	}

	private static List<Long> ids(List<UnitRef> units) {
		return units.stream().map(UnitRef::id).toList();
	}
}
