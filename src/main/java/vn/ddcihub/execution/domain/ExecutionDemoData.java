package vn.ddcihub.execution.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ddcihub.documents.BarChart;
import vn.ddcihub.documents.Block;
import vn.ddcihub.documents.ChartSeries;
import vn.ddcihub.documents.DocumentRenderers;
import vn.ddcihub.documents.Report;
import vn.ddcihub.execution.ReportStatus;
import vn.ddcihub.execution.domain.DemoReportTexts.Entry;
import vn.ddcihub.execution.domain.DemoReportTexts.Figure;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Unit;
import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.PlanApi;
import vn.ddcihub.plan.PlanOutline;
import vn.ddcihub.plan.PlanTask;
import vn.ddcihub.plan.TaskKind;
import vn.ddcihub.plan.UnitRef;
import vn.ddcihub.shared.VietnamTime;

/**
 * Illustrative execution of the seed plan 60/KH-STNMT (when {@code ddci.demo=true}, after
 * the demo plan, once): its reporting lines and their periods from June 2020, and unit
 * reports for June–November — mostly accepted, some submitted, one returned with the
 * Office's comment, some missing — and for quarters II and III, with entries, figures, a
 * few evidence files and the timeline of each. December 2020 stays open without reports
 * (a unit drafts there); June and July are closed. Every row is marked illustrative.
 */
@Component
@Order(40)
public class ExecutionDemoData implements ApplicationRunner {

	static final String SEED_PLAN = "60/KH-STNMT";

	private static final Logger log = LoggerFactory.getLogger(ExecutionDemoData.class);

	/**
	 * Per month, the report status of units that differ from "accepted": S submitted, R
	 * returned, X returned then accepted, D draft, M missing. Units are by code.
	 */
	private static final Map<Integer, Map<String, Character>> MIX = Map.of(6, Map.of("BLD", 'M'), 7, Map.of("BLD", 'M'),
			8, Map.of("TNNKS", 'X', "BLD", 'M'), 9, Map.of("TTS", 'S', "KHTC", 'M', "BLD", 'M'), 10,
			Map.of("QLDD", 'R', "VPDKDD", 'S', "TTS", 'S', "KHTC", 'M', "BLD", 'M'), 11,
			Map.of("KHTC", 'S', "TTS", 'D', "BLD", 'M'));

	/** Demo accounts that write for their unit; the Office writes for the others. */
	private static final Map<String, String[]> WRITERS = Map.of("QLDD",
			new String[] { "qldd", "Hoàng Văn Đức (Phòng Quản lý đất đai)" }, "TTCNTT",
			new String[] { "ttcntt", "Lê Thị Thu (Trung tâm CNTT)" });

	private static final String[] OFFICE = { "vanphong", "Trần Thị Phương (Văn phòng Sở)" };

	private final boolean demo;

	private final PlanApi plans;

	private final ReportingLines lines;

	private final OrgDirectory directory;

	private final DocumentRenderers documents;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	ExecutionDemoData(@Value("${ddci.demo:true}") boolean demo, PlanApi plans, ReportingLines lines,
			OrgDirectory directory, DocumentRenderers documents, JdbcClient jdbc, TransactionTemplate transactions) {
		this.demo = demo;
		this.plans = plans;
		this.lines = lines;
		this.directory = directory;
		this.documents = documents;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo) {
			return;
		}
		plans.plans(null)
			.stream()
			.filter(plan -> SEED_PLAN.equals(plan.numberSymbol()))
			.mapToLong(Plan::id)
			.min()
			.ifPresent(planId -> {
				boolean loaded = jdbc.sql("select exists (select 1 from execution_reporting_line where plan_id = ?)")
					.param(planId)
					.query(Boolean.class)
					.single();
				if (!loaded) {
					int reports = transactions.execute(status -> load(planId));
					log.info("Demo execution of plan {} loaded: {} unit reports (illustrative)", SEED_PLAN, reports);
				}
			});
	}

	private int load(long planId) {
		lines.saveDefaults(planId, true);
		PlanOutline outline = plans.outline(planId).orElseThrow();
		Map<Long, Unit> units = directory.units(outline.plan().organisationId())
			.stream()
			.collect(Collectors.toMap(Unit::id, Function.identity()));
		ReportingLine monthly = lines.of(planId)
			.lines()
			.stream()
			.filter(line -> line.frequency() == vn.ddcihub.execution.Frequency.MONTHLY)
			.findFirst()
			.orElseThrow();
		List<Long> reporters = ExpectedReporters.of(outline, null, monthly.receivingUnitIds());
		List<MonthPeriod> periods = jdbc
			.sql("select id, number, due_on from execution_period where line_id = ? and year = 2020 order by number")
			.param(monthly.id())
			.query((rs, i) -> new MonthPeriod(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class)))
			.list();
		int count = 0;
		for (MonthPeriod period : periods) {
			if (period.month() > 11) {
				continue;
			}
			for (int u = 0; u < reporters.size(); u++) {
				Unit unit = units.get(reporters.get(u));
				char status = MIX.getOrDefault(period.month(), Map.of()).getOrDefault(unit.code(), 'A');
				if (status != 'M') {
					report(outline, period, unit, status, u, false);
					count++;
				}
			}
			if (period.month() <= 7) {
				jdbc.sql("""
						update execution_period set status = 'CLOSED', closed_at = ?, closed_by = 'vanphong'
						where id = ?""").params(at(period.dueOn().plusDays(6), 17), period.id()).update();
			}
		}
		return count + quarterly(planId, outline, units);
	}

	/**
	 * Quarters II and III reported by the units that lead a quarterly task (the third
	 * unit's report of quarter III still waits for review).
	 */
	private int quarterly(long planId, PlanOutline outline, Map<Long, Unit> units) {
		List<Long> leads = outline.tasks()
			.stream()
			.filter(task -> task.kind() == TaskKind.QUARTERLY)
			.flatMap(task -> task.leadUnits().stream().map(UnitRef::id))
			.distinct()
			.toList();
		List<MonthPeriod> quarters = jdbc.sql("""
				select p.id, p.number * 3, p.due_on from execution_period p
				where p.plan_id = ? and p.frequency = 'QUARTERLY' and p.year = 2020 and p.number in (2, 3)
				order by p.number""")
			.param(planId)
			.query((rs, i) -> new MonthPeriod(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class)))
			.list();
		int count = 0;
		for (MonthPeriod quarter : quarters) {
			for (int u = 0; u < leads.size(); u++) {
				boolean waiting = quarter.month() == 9 && u == leads.size() - 1;
				report(outline, quarter, units.get(leads.get(u)), waiting ? 'S' : 'A', u, true);
				count++;
			}
		}
		return count;
	}

	record MonthPeriod(long id, int month, LocalDate dueOn) {
	}

	/**
	 * @param quarterly a quarter's report (its quarterly tasks), else a month's (the
	 * other tasks)
	 */
	private void report(PlanOutline outline, MonthPeriod period, Unit unit, char status, int unitIndex,
			boolean quarterly) {
		String[] writer = WRITERS.getOrDefault(unit.code(), OFFICE);
		OffsetDateTime created = at(period.dueOn().minusDays(6), 8);
		OffsetDateTime submitted = at(period.dueOn().minusDays(1 - unitIndex % 3), 15);
		OffsetDateTime reviewed = at(period.dueOn().plusDays(3), 10);
		ReportStatus stored = switch (status) {
			case 'S' -> ReportStatus.SUBMITTED;
			case 'R' -> ReportStatus.RETURNED;
			case 'D' -> ReportStatus.DRAFT;
			default -> ReportStatus.ACCEPTED;
		};
		String comment = status == 'R' || status == 'X' ? DemoReportTexts.returnComment(unit.name()) : "";
		boolean sent = status != 'D';
		boolean reviewedNow = status == 'A' || status == 'X' || status == 'R';
		long reportId = jdbc.sql("""
				insert into execution_report (period_id, organisation_id, unit_id, status, summary, submitted_at,
				    submitted_by, reviewed_at, reviewed_by, review_comment, illustrative, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?) returning id""")
			.params(period.id(), unit.organisationId(), unit.id(), stored.name(),
					"Báo cáo kết quả thực hiện Kế hoạch " + SEED_PLAN
							+ (quarterly ? " quý " + (period.month() == 6 ? "II" : "III") : " tháng " + period.month())
							+ "/2020 của " + unit.name() + ".",
					sent ? submitted : null, sent ? writer[0] : null, reviewedNow ? reviewed : null,
					reviewedNow ? OFFICE[0] : null, status == 'R' ? comment : "", created,
					reviewedNow ? reviewed : sent ? submitted : created)
			.query(Long.class)
			.single();
		entries(outline, reportId, unit.id(), period.month(), unitIndex, quarterly);
		event(reportId, created, writer, "CREATED", "");
		switch (status) {
			case 'D' -> event(reportId, created.plusHours(2), writer, "SAVED", "");
			case 'S' -> event(reportId, submitted, writer, "SUBMITTED", "");
			case 'R' -> {
				event(reportId, submitted, writer, "SUBMITTED", "");
				event(reportId, reviewed, OFFICE, "RETURNED", comment);
			}
			case 'X' -> {
				event(reportId, submitted.minusDays(3), writer, "SUBMITTED", "");
				event(reportId, submitted.minusDays(2), OFFICE, "RETURNED", comment);
				event(reportId, submitted, writer, "SUBMITTED", "");
				event(reportId, reviewed, OFFICE, "ACCEPTED", "");
			}
			default -> {
				event(reportId, submitted, writer, "SUBMITTED", "");
				event(reportId, reviewed, OFFICE, "ACCEPTED", "");
			}
		}
		if (!quarterly && status == 'A'
				&& (period.month() >= 10 && unitIndex % 3 == 0 || period.month() == 8 && unitIndex == 1)) {
			evidence(reportId, unit, period.month(), writer[0], submitted);
		}
	}

	/**
	 * The unit's entries: every task it leads that is due in the period (quarterly tasks
	 * in a quarter's report, regular and monthly work in a month's), and its contribution
	 * to two tasks it coordinates.
	 */
	private void entries(PlanOutline outline, long reportId, long unitId, int month, int unitIndex, boolean quarterly) {
		int coordinating = 0;
		for (PlanTask task : outline.tasks()) {
			boolean due = quarterly ? task.kind() == TaskKind.QUARTERLY
					: task.kind() == TaskKind.REGULAR || task.kind() == TaskKind.MONTHLY;
			if (!due) {
				continue;
			}
			int seed = (int) (unitIndex * 31 + task.sortOrder() * 7 + task.id() % 11);
			if (task.leadUnits().stream().map(UnitRef::id).anyMatch(id -> id == unitId)) {
				entry(reportId, task.id(), "LEAD", DemoReportTexts.lead(task, month, seed));
			}
			else if (coordinating < 2
					&& task.coordinatingUnits().stream().map(UnitRef::id).anyMatch(id -> id == unitId)) {
				entry(reportId, task.id(), "COORDINATING", DemoReportTexts.coordinating(task, month));
				coordinating++;
			}
		}
	}

	private void entry(long reportId, long taskId, String role, Entry entry) {
		long entryId = jdbc.sql("""
				insert into execution_task_entry (report_id, task_id, role, status, progress, results, difficulties,
				    proposals, explanation)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(reportId, taskId, role, entry.status().name(), entry.progress(), entry.results(),
					entry.difficulties(), entry.proposals(), entry.explanation())
			.query(Long.class)
			.single();
		List<Figure> figures = entry.figures();
		for (int i = 0; i < figures.size(); i++) {
			jdbc.sql(
					"insert into execution_task_figure (entry_id, sort_order, label, value, unit_label) values (?, ?, ?, ?, ?)")
				.params(entryId, i, figures.get(i).label(), figures.get(i).value(), figures.get(i).unit())
				.update();
		}
	}

	private void event(long reportId, OffsetDateTime at, String[] actor, String action, String comment) {
		jdbc.sql("""
				insert into execution_report_event (report_id, occurred_at, actor, actor_name, action, comment)
				values (?, ?, ?, ?, ?, ?)""").params(reportId, at, actor[0], actor[1], action, comment).update();
	}

	/**
	 * A PDF of the unit's month (rendered like every report here) and, for the land
	 * registry office, a PNG chart of its dossiers — real files, stored once per content.
	 */
	private void evidence(long reportId, Unit unit, int month, String uploader, OffsetDateTime at) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(1, "KẾT QUẢ THỰC HIỆN THÁNG " + month + "/2020"));
		blocks.add(new Block.Paragraph("Đơn vị: " + unit.name() + ". Minh chứng kèm báo cáo kết quả thực hiện Kế hoạch "
				+ SEED_PLAN + " nâng cao chỉ số DDCI năm 2020 (dữ liệu minh họa)."));
		byte[] pdf = documents
			.pdf(new Report("Minh chứng tháng " + month + "/2020 — " + unit.name(), "Minh họa", blocks));
		attach(reportId, "minh-chung-thang-" + month + "-2020-" + unit.code().toLowerCase() + ".pdf", "application/pdf",
				pdf, uploader, at);
		if (unit.code().equals("VPDKDD") || unit.code().equals("TTCNTT")) {
			byte[] png = documents.barPng(
					new BarChart("Tháng " + month + "/2020", List.of("Đúng hạn", "Quá hạn"),
							List.of(new ChartSeries("Hồ sơ", List.of(480.0 + month, 4.0 + month % 3), "#1d5fa8")), 500),
					640, 360);
			attach(reportId, "bieu-do-ho-so-thang-" + month + ".png", "image/png", png, uploader, at);
		}
	}

	private void attach(long reportId, String name, String mediaType, byte[] content, String uploader,
			OffsetDateTime at) {
		String sha = sha256(content);
		jdbc.sql("""
				insert into execution_file (sha256, media_type, size_bytes, content) values (?, ?, ?, ?)
				on conflict (sha256) do nothing""").params(sha, mediaType, content.length, content).update();
		jdbc.sql("""
				insert into execution_attachment (report_id, file_sha256, file_name, uploaded_by, uploaded_at)
				values (?, ?, ?, ?, ?) on conflict do nothing""").params(reportId, sha, name, uploader, at).update();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static OffsetDateTime at(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(hour, 0)).atZone(VietnamTime.ZONE).toOffsetDateTime();
	}

}
