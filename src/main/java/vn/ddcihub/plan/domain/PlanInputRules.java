package vn.ddcihub.plan.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.TaskKind;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;

/**
 * What a plan, a component target and a task must hold before they are saved; every problem is
 * reported at once, in Vietnamese, with the field it concerns.
 */
@Component
public class PlanInputRules {

	private final PlanRepository plans;
	private final OrgDirectory directory;

	PlanInputRules(PlanRepository plans, OrgDirectory directory) {
		this.plans = plans;
		this.directory = directory;
	}

	void check(PlanInput in) {
		List<InputProblem> problems = new ArrayList<>();
		require(problems, in.numberSymbol(), "numberSymbol", "Chưa nhập số, ký hiệu");
		require(problems, in.place(), "place", "Chưa nhập địa danh");
		require(problems, in.issuer(), "issuer", "Chưa nhập cơ quan ban hành");
		require(problems, in.title(), "title", "Chưa nhập trích yếu (tên kế hoạch)");
		require(problems, in.signerTitle(), "signerTitle", "Chưa nhập chức vụ người ký");
		require(problems, in.signerName(), "signerName", "Chưa nhập họ tên người ký");
		if (in.issuedOn() == null) {
			problems.add(InputProblem.field("issuedOn", "Chưa nhập ngày ban hành"));
		}
		if (in.year() == null || in.baselineYear() == null || in.targetYear() == null) {
			problems.add(InputProblem.field("year", "Chưa nhập năm kế hoạch, năm xuất phát và năm mục tiêu"));
		} else if (in.baselineYear() >= in.targetYear()) {
			problems.add(InputProblem.field("baselineYear", "Năm xuất phát phải trước năm mục tiêu"));
		}
		if (in.goalTotalScore() != null && (in.goalTotalScore() < 0 || in.goalTotalScore() > 100)) {
			problems.add(InputProblem.field("goalTotalScore", "Mục tiêu điểm tổng hợp phải trong khoảng 0–100"));
		}
		if (in.goalTotalRank() != null && in.goalTotalRank() < 1) {
			problems.add(InputProblem.field("goalTotalRank", "Mục tiêu xếp hạng phải từ 1 trở lên"));
		}
		if (!problems.isEmpty()) {
			throw new BadInputException(problems);
		}
	}

	void check(Plan plan, TargetInput in) {
		List<InputProblem> problems = new ArrayList<>();
		require(problems, in.componentCode(), "componentCode", "Chưa nhập mã chỉ số thành phần");
		require(problems, in.componentName(), "componentName", "Chưa nhập tên chỉ số thành phần");
		if (in.targetScore() != null && (in.targetScore() < 0 || in.targetScore() > 10)) {
			problems.add(InputProblem.field("targetScore", "Chỉ tiêu điểm phải trong khoảng 0–10"));
		}
		if (in.baselineScore() != null && (in.baselineScore() < 0 || in.baselineScore() > 10)) {
			problems.add(InputProblem.field("baselineScore", "Điểm năm xuất phát phải trong khoảng 0–10"));
		}
		checkUnits(plan, in.leadUnitIds(), in.coordinatingUnitIds(), problems);
		if (!problems.isEmpty()) {
			throw new BadInputException(problems);
		}
	}

	void check(Plan plan, TaskInput in) {
		List<InputProblem> problems = new ArrayList<>();
		require(problems, in.title(), "title", "Chưa nhập tên nhiệm vụ");
		if (in.kind() == null) {
			problems.add(InputProblem.field("kind", "Chưa chọn loại nhiệm vụ"));
		} else if (in.kind() == TaskKind.ONE_OFF && in.deadline() == null) {
			problems.add(InputProblem.field("deadline", "Nhiệm vụ có thời hạn cần hạn hoàn thành"));
		}
		if (in.dueDay() != null && (in.dueDay() < 1 || in.dueDay() > 31)) {
			problems.add(InputProblem.field("dueDay", "Ngày đến hạn phải trong khoảng 1–31"));
		}
		if (in.leadUnitIds() == null || in.leadUnitIds().isEmpty()) {
			problems.add(InputProblem.field("leadUnitIds", "Chưa chọn đơn vị chủ trì"));
		}
		if (in.targetId() != null && plans.targets(plan.id(), u -> null).stream().noneMatch(t -> t.id() == in.targetId())) {
			problems.add(InputProblem.field("targetId", "Chỉ số thành phần không thuộc kế hoạch này"));
		}
		checkUnits(plan, in.leadUnitIds(), in.coordinatingUnitIds(), problems);
		if (!problems.isEmpty()) {
			throw new BadInputException(problems);
		}
	}

	private void checkUnits(Plan plan, List<Long> leads, List<Long> coordinating, List<InputProblem> problems) {
		Set<Long> own = new HashSet<>();
		directory.units(plan.organisationId()).forEach(u -> own.add(u.id()));
		List<Long> all = new ArrayList<>();
		if (leads != null) {
			all.addAll(leads);
		}
		if (coordinating != null) {
			all.addAll(coordinating);
		}
		if (all.stream().anyMatch(u -> u == null || !own.contains(u))) {
			problems.add(InputProblem.field("leadUnitIds", "Đơn vị được giao không thuộc cơ quan ban hành kế hoạch"));
		}
	}

	private static void require(List<InputProblem> problems, String value, String field, String message) {
		if (value == null || value.isBlank()) {
			problems.add(InputProblem.field(field, message));
		}
	}
}
