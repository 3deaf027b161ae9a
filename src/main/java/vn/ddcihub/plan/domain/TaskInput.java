package vn.ddcihub.plan.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import vn.ddcihub.plan.TaskKind;

/** What a coordinator enters for a task; the form posts the same fields (leadUnitIds, coordinatingUnitIds). */
public record TaskInput(Long targetId, String title, String description, TaskKind kind, Integer dueDay,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = { "d/M/yyyy" }) LocalDate deadline, String expectedOutput, String kpiLinks,
		String externalParties, List<Long> leadUnitIds, List<Long> coordinatingUnitIds) {
}
