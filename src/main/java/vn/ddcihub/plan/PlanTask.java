package vn.ddcihub.plan;

import java.time.LocalDate;
import java.util.List;

import vn.ddcihub.shared.VietnameseFormat;

/**
 * A task (nhiệm vụ) under a component target, or under the plan's general section when
 * {@code targetId} is null: who leads and coordinates it, how often it is due, the
 * expected output (sản phẩm, minh chứng) and the operational KPI it should move.
 *
 * @param externalParties outside bodies that coordinate (Thanh tra tỉnh, Hiệp hội Doanh
 * nghiệp…), as the plan names them
 * @param groupLabel the sub-section of its component the task is listed under ("a) Văn
 * phòng Sở chủ trì, phối hợp … thực hiện:"), blank for none
 * @param relatedUnitsToName the plan says "các phòng, đơn vị liên quan": partners still
 * to be named by the lead unit or the Office — a placeholder, never every unit
 * @param kpiCode the operational KPI (of the catalogue read through
 * {@link vn.ddcihub.index.ComponentKpis}) the task is meant to move, or null
 */
public record PlanTask(long id, long planId, Long targetId, int sortOrder, String title, String description,
		TaskKind kind, Integer dueDay, LocalDate deadline, String expectedOutput, String kpiLinks,
		String externalParties, boolean retired, Long splitFrom, List<UnitRef> leadUnits,
		List<UnitRef> coordinatingUnits, String groupLabel, boolean relatedUnitsToName, String kpiCode) {

	public PlanTask {
		groupLabel = groupLabel == null ? "" : groupLabel;
	}

	/** A task that names no KPI of the catalogue. */
	public PlanTask(long id, long planId, Long targetId, int sortOrder, String title, String description, TaskKind kind,
			Integer dueDay, LocalDate deadline, String expectedOutput, String kpiLinks, String externalParties,
			boolean retired, Long splitFrom, List<UnitRef> leadUnits, List<UnitRef> coordinatingUnits,
			String groupLabel, boolean relatedUnitsToName) {
		this(id, planId, targetId, sortOrder, title, description, kind, dueDay, deadline, expectedOutput, kpiLinks,
				externalParties, retired, splitFrom, leadUnits, coordinatingUnits, groupLabel, relatedUnitsToName,
				null);
	}

	/** "Hàng tháng, ngày 25", "Có thời hạn, 15/12/2020", "Thường xuyên". */
	public String schedule() {
		StringBuilder text = new StringBuilder(kind.label());
		if (dueDay != null) {
			text.append(", ngày ").append(dueDay);
		}
		if (deadline != null) {
			text.append(kind == TaskKind.ONE_OFF ? ", hạn " : ", trước ").append(VietnameseFormat.date(deadline));
		}
		return text.toString();
	}

	/**
	 * The next date the task is due on or after {@code today}; null for regular work
	 * without a date.
	 */
	public LocalDate nextDue(LocalDate today) {
		return switch (kind) {
			case ONE_OFF -> deadline;
			case YEARLY -> deadline != null ? deadline
					: dueDay == null ? null : today.withMonth(12).withDayOfMonth(Math.min(dueDay, 31));
			case MONTHLY -> dueDay == null ? deadline : monthly(today);
			case QUARTERLY -> dueDay == null ? deadline : quarterly(today);
			case REGULAR -> deadline;
		};
	}

	private LocalDate monthly(LocalDate today) {
		LocalDate due = today.withDayOfMonth(Math.min(dueDay, today.lengthOfMonth()));
		if (due.isBefore(today)) {
			LocalDate next = today.plusMonths(1);
			due = next.withDayOfMonth(Math.min(dueDay, next.lengthOfMonth()));
		}
		return due;
	}

	/** Due on the given day of the last month of the quarter. */
	private LocalDate quarterly(LocalDate today) {
		LocalDate month = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 3);
		LocalDate due = month.withDayOfMonth(Math.min(dueDay, month.lengthOfMonth()));
		if (due.isBefore(today)) {
			LocalDate next = month.plusMonths(3);
			due = next.withDayOfMonth(Math.min(dueDay, next.lengthOfMonth()));
		}
		return due;
	}

	public boolean involves(Long unitId) {
		return unitId != null && (leadUnits.stream().anyMatch(u -> u.id() == unitId)
				|| coordinatingUnits.stream().anyMatch(u -> u.id() == unitId));
	}
}
