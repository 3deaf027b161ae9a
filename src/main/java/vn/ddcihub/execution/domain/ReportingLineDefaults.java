package vn.ddcihub.execution.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.ddcihub.execution.Frequency;
import vn.ddcihub.org.Unit;
import vn.ddcihub.plan.PlanOutline;
import vn.ddcihub.plan.TaskKind;

/**
 * The reporting lines proposed for a plan that has none, following the seed's section III
 * (tổ chức thực hiện): the units report monthly to the Office (Văn phòng) with their
 * regular work report, on the 25th unless the plan says otherwise; quarterly too when a
 * task recurs quarterly; the year's results to the planning-finance unit (Phòng Kế hoạch
 * – Tài chính) and the Office before 15/12; the Office reports to Sở Kế hoạch và Đầu tư
 * and UBND tỉnh yearly and on request.
 */
public final class ReportingLineDefaults {

	/** The monthly due day proposed for a new plan; each plan's lines may change it. */
	public static final int MONTHLY_DUE_DAY = 25;

	static final int YEAR_REPORT_DAY = 15;

	static final int YEAR_REPORT_MONTH = 12;

	static final String UPWARD_RECIPIENTS = "Sở Kế hoạch và Đầu tư; UBND tỉnh";

	private ReportingLineDefaults() {
	}

	public static List<ReportingLine> of(PlanOutline outline, List<Unit> units) {
		long planId = outline.plan().id();
		int first = outline.plan().year();
		int last = Math.max(first, outline.plan().targetYear());
		Optional<Long> office = find(units, "VP", "văn phòng sở");
		Optional<Long> finance = find(units, "KHTC", "kế hoạch – tài chính");
		List<ReportingLine> lines = new ArrayList<>();
		lines.add(new ReportingLine(null, planId, Frequency.MONTHLY, null, office.stream().toList(), "",
				MONTHLY_DUE_DAY, null, false, first, last));
		if (outline.tasks().stream().anyMatch(task -> task.kind() == TaskKind.QUARTERLY)) {
			lines.add(new ReportingLine(null, planId, Frequency.QUARTERLY, null, office.stream().toList(), "",
					MONTHLY_DUE_DAY, null, false, first, last));
		}
		lines.add(new ReportingLine(null, planId, Frequency.YEARLY, null,
				java.util.stream.Stream.concat(finance.stream(), office.stream()).toList(), "", YEAR_REPORT_DAY,
				YEAR_REPORT_MONTH, false, first, last));
		office.ifPresent(id -> lines.add(new ReportingLine(null, planId, Frequency.YEARLY, id, List.of(),
				UPWARD_RECIPIENTS, YEAR_REPORT_DAY, YEAR_REPORT_MONTH, true, first, last)));
		return lines;
	}

	/**
	 * The organisation's unit with this code, else the first whose name holds the words
	 * (an organisation that codes its units otherwise).
	 */
	private static Optional<Long> find(List<Unit> units, String code, String nameStart) {
		return units.stream()
			.filter(Unit::active)
			.filter(u -> code.equalsIgnoreCase(u.code()))
			.findFirst()
			.or(() -> units.stream()
				.filter(Unit::active)
				.filter(u -> u.name().toLowerCase(Locale.ROOT).contains(nameStart))
				.findFirst())
			.map(Unit::id);
	}

}
