package vn.ddcihub.plan.domain;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;

import vn.ddcihub.plan.TaskKind;
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
		@Label("plan.task.coordinating") List<Long> coordinatingUnitIds) {
}
