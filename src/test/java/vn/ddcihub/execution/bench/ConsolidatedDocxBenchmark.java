package vn.ddcihub.execution.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import vn.ddcihub.documents.AdministrativeDocument;
import vn.ddcihub.documents.DocumentRenderers;
import vn.ddcihub.execution.TaskStatus;
import vn.ddcihub.execution.domain.Achievement;
import vn.ddcihub.execution.domain.ConsolidatedContent;
import vn.ddcihub.execution.domain.ConsolidatedContent.Figure;
import vn.ddcihub.execution.domain.ConsolidatedContent.GoalCheck;
import vn.ddcihub.execution.domain.ConsolidatedContent.MissingUnit;
import vn.ddcihub.execution.domain.ConsolidatedContent.OverdueTask;
import vn.ddcihub.execution.domain.ConsolidatedContent.Quote;
import vn.ddcihub.execution.domain.ConsolidatedContent.Section;
import vn.ddcihub.execution.domain.ConsolidatedDocuments;
import vn.ddcihub.execution.domain.ConsolidatedKind;
import vn.ddcihub.execution.domain.ConsolidatedSummary;
import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.PlanStatus;

/**
 * One month's consolidated report of a large organisation: 10 units × 30 tasks (300 tasks
 * in 8 components and the general section), every task reported and accepted with
 * results, difficulties and proposals of a few sentences and two figures, 10 % overdue,
 * two units missing. Builds the Decree 30 document and draws it as Word (the issue's
 * target: under 1 s) and as PDF. Run with {@code bench/consolidated.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConsolidatedDocxBenchmark {

	static final int UNITS = 10;

	static final int TASKS_PER_UNIT = 30;

	static final int COMPONENTS = 8;

	private ConsolidatedDocuments documents;

	private Plan plan;

	private ConsolidatedContent content;

	private ConsolidatedSummary summary;

	@Setup
	public void setUp() {
		documents = new ConsolidatedDocuments(new DocumentRenderers(""));
		plan = new Plan(1, 1, "60/KH-STNMT", "Lạng Sơn", LocalDate.of(2020, 6, 11), "UBND TỈNH LẠNG SƠN",
				"SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
				"Nâng cao chỉ số đánh giá năng lực cạnh tranh cấp Sở, Ban, Ngành (DDCI) năm 2020", 2020, 2019, 2020,
				List.of(), "", List.of(), List.of(), List.of(), List.of(), "", "GIÁM ĐỐC", "Bùi Văn Côi",
				new Plan.Goals(10, 70.0, 10), PlanStatus.ISSUED, 1, null);
		content = content();
		summary = new ConsolidatedSummary("125/BC-STNMT",
				"Các phòng, đơn vị cơ bản hoàn thành nhiệm vụ tháng.\n" + "- Tỷ lệ hồ sơ đúng hạn đạt 98 %.",
				"- Đẩy nhanh số hóa hồ sơ đất đai.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A");
	}

	static ConsolidatedContent content() {
		List<List<Quote>> results = new ArrayList<>();
		List<List<Quote>> difficulties = new ArrayList<>();
		List<List<Quote>> proposals = new ArrayList<>();
		List<List<OverdueTask>> overdue = new ArrayList<>();
		for (int s = 0; s <= COMPONENTS; s++) {
			results.add(new ArrayList<>());
			difficulties.add(new ArrayList<>());
			proposals.add(new ArrayList<>());
			overdue.add(new ArrayList<>());
		}
		Map<TaskStatus, Integer> total = new EnumMap<>(TaskStatus.class);
		List<Map<TaskStatus, Integer>> counts = new ArrayList<>();
		for (int s = 0; s <= COMPONENTS; s++) {
			counts.add(new EnumMap<>(TaskStatus.class));
		}
		int task = 0;
		for (int unit = 1; unit <= UNITS; unit++) {
			String unitName = "Phòng chuyên môn số " + unit + " (Phòng Quản lý đất đai)";
			for (int t = 0; t < TASKS_PER_UNIT; t++, task++) {
				int section = task % (COMPONENTS + 1);
				String title = "Nhiệm vụ " + (task + 1) + ": rà soát, cắt giảm thời gian giải quyết thủ tục hành chính";
				results.get(section)
					.add(new Quote(unitName, title, "Đã tiếp nhận và giải quyết " + (100 + task)
							+ " hồ sơ, trong đó trả kết quả đúng hạn 98 %; niêm yết công khai đầy đủ thủ tục tại bộ "
							+ "phận một cửa và trên cổng thông tin điện tử của Sở."));
				difficulties.get(section)
					.add(new Quote(unitName, title, "Hồ sơ tồn từ các năm trước nhiều, thiếu cán bộ đo đạc."));
				proposals.get(section)
					.add(new Quote(unitName, title, "Đề nghị bổ sung 02 biên chế cho bộ phận một cửa."));
				if (task % 10 == 0) {
					overdue.get(section).add(new OverdueTask(title, unitName, LocalDate.of(2020, 10, 25)));
				}
				TaskStatus status = TaskStatus.values()[task % TaskStatus.values().length];
				counts.get(section).merge(status, 1, Integer::sum);
				total.merge(status, 1, Integer::sum);
			}
		}
		List<Section> sections = new ArrayList<>();
		for (int s = 0; s <= COMPONENTS; s++) {
			boolean general = s == COMPONENTS;
			List<Figure> figures = List.of(new Figure("Hồ sơ trả quá hạn", BigDecimal.valueOf(3 + s), "hồ sơ"),
					new Figure("Câu hỏi đã trả lời", BigDecimal.valueOf(40 + s), "câu"));
			sections.add(new Section(general ? null : s + 1, general ? null : "C" + (s + 1),
					general ? "Tổ chức thực hiện" : "Chỉ số thành phần số " + (s + 1),
					general ? "" : "đạt trên 7,80 điểm", general ? null : 7.8, 6.77, 15, 6.77, 15, 23,
					Achievement.NOT_ACHIEVED, counts.get(s), results.get(s), difficulties.get(s), proposals.get(s),
					overdue.get(s), figures));
		}
		return new ConsolidatedContent(ConsolidatedKind.MONTHLY, 1, "60/KH-STNMT", LocalDate.of(2020, 6, 11),
				"Nâng cao chỉ số DDCI năm 2020", "Sở Tài nguyên và Môi trường", 2020, 11, 2019, 2019, 2020, total,
				sections,
				List.of(new MissingUnit("Phòng chuyên môn số 9", null),
						new MissingUnit("Phòng chuyên môn số 10", "SUBMITTED")),
				new GoalCheck(70.0, 10, 55.52, 20, 23, Achievement.NOT_ACHIEVED, Achievement.NOT_ACHIEVED));
	}

	@Benchmark
	public byte[] docx() {
		AdministrativeDocument document = documents.document(plan, content, summary, LocalDate.of(2020, 11, 28), false);
		return documents.docx(document);
	}

	@Benchmark
	public byte[] pdf() {
		AdministrativeDocument document = documents.document(plan, content, summary, LocalDate.of(2020, 11, 28), false);
		return documents.pdf(document);
	}

}
