package vn.ddcihub.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import vn.ddcihub.shared.VietnamTime;
import vn.ddcihub.shared.VietnameseFormat;

/**
 * My work is a to-do list: every task with its status and next due date from
 * {@code TaskStates}, soonest first, overdue red and due within 7 days amber against
 * today in Vietnam, filters by role and status, and the report action of the period due.
 * Test years 2034–2035 (a 2020 deadline still open is overdue).
 */
class TodoListTest extends ExecutionTestSupport {

	@Test
	void tasksAreSortedByNextDueWithTheirUrgencyAndTheReportOfThePeriodDue() throws Exception {
		String tag = " #" + System.nanoTime() % 100000;
		long planId = newPlan("35/KH-VIEC" + tag, 2035, "2035-01-05");
		long late = task(planId, "Hoàn thành số hóa hồ sơ địa chính 2020" + tag, "ONE_OFF", "2020-12-15",
				List.of("QLDD"), List.of());
		LocalDate soon = VietnamTime.today().plusDays(3);
		long near = task(planId, "Nộp báo cáo rà soát thủ tục" + tag, "ONE_OFF", soon.toString(), List.of("QLDD"),
				List.of());
		long monthly = task(planId, "Báo cáo hồ sơ đất đai hàng tháng" + tag, "MONTHLY", 25, List.of("QLDD"),
				List.of());
		long regular = task(planId, "Cập nhật trang thông tin điện tử" + tag, "REGULAR", null, List.of("TTCNTT"),
				List.of("QLDD"));
		saveProposedLines(planId);
		long january = period(planId, "MONTHLY", 2035, 1);
		long february = period(planId, "MONTHLY", 2035, 2);
		long reported = fixtures().report(january, unitId("QLDD"), ReportStatus.SUBMITTED);
		fixtures().entry(reported, monthly, "LEAD", TaskStatus.IN_PROGRESS, 40, "Tiếp nhận 420 hồ sơ");

		List<JsonNode> work = ofPlan(getJson("/api/v1/my-work", "qldd"), planId);

		assertThat(work).extracting(item -> item.at("/task/id").asLong()).containsExactly(late, near, regular, monthly);
		assertThat(work.get(0).get("urgency").asString()).isEqualTo("OVERDUE");
		assertThat(work.get(0).get("nextDue").asString()).isEqualTo("2020-12-15");
		assertThat(work.get(1).get("urgency").asString()).isEqualTo("DUE_SOON");
		// regular work is due with the monthly report, never "Thường xuyên"
		assertThat(work.get(2).get("nextDue").asString()).isEqualTo("2035-01-25");
		assertThat(work.get(2).get("role").asString()).isEqualTo("COORDINATING");
		assertThat(work.get(2).get("reportUnitId").asLong()).isEqualTo(unitId("QLDD"));
		assertThat(work.get(2).get("reportId").asLong()).isEqualTo(reported);
		// a monthly task is next due in its earliest unreported period
		assertThat(work.get(3).get("nextDue").asString()).isEqualTo("2035-02-25");
		assertThat(work.get(3).get("periodId").asLong()).isEqualTo(february);
		assertThat(work.get(3).get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(work.get(3).get("progress").asInt()).isEqualTo(40);
		assertThat(work.get(3).get("urgency").asString()).isEqualTo("LATER");

		String page = page("/my-work", "qldd");
		assertThat(page).contains("id=\"todo-" + late + "\" data-urgency=\"OVERDUE\"")
			.contains("class=\"overdue\" id=\"todo-" + late + "\"")
			.contains("class=\"due-soon\" id=\"todo-" + near + "\"")
			.contains(VietnameseFormat.date(soon), "15/12/2020", "25/02/2035")
			.contains("action=\"/periods/" + february + "/units/" + unitId("QLDD") + "/report\"")
			.contains("href=\"/reports/" + reported + "\"")
			.doesNotContain(">Thường xuyên<");
		assertThat(page("/my-work", "lanhdao")).contains("Hoàn thành số hóa hồ sơ địa chính 2020" + tag,
				"Phòng Quản lý đất đai");
		assertThat(page("/my-work", "ttcntt")).contains("Cập nhật trang thông tin điện tử" + tag);
	}

	@Test
	void filtersKeepOneRoleOrOneStatus() throws Exception {
		String tag = " #" + System.nanoTime() % 100000;
		long planId = newPlan("34/KH-LOC" + tag, 2034, "2034-01-05");
		long lead = task(planId, "Chủ trì rà soát" + tag, "MONTHLY", 10, List.of("QLDD"), List.of());
		long coordinating = task(planId, "Phối hợp tuyên truyền" + tag, "REGULAR", null, List.of("VP"),
				List.of("QLDD"));

		assertThat(ofPlan(getJson("/api/v1/my-work?role=COORDINATING", "qldd"), planId))
			.extracting(item -> item.at("/task/id").asLong())
			.containsExactly(coordinating);
		assertThat(ofPlan(getJson("/api/v1/my-work?role=LEAD", "qldd"), planId))
			.extracting(item -> item.at("/task/id").asLong())
			.containsExactly(lead);
		assertThat(ofPlan(getJson("/api/v1/my-work?status=NOT_STARTED", "qldd"), planId)).hasSize(2);
		assertThat(ofPlan(getJson("/api/v1/my-work?status=DONE", "qldd"), planId)).isEmpty();
		// a plan without periods yet: regular work falls on the default monthly day, the
		// 25th
		JsonNode regular = ofPlan(getJson("/api/v1/my-work", "qldd"), planId).stream()
			.filter(item -> item.at("/task/id").asLong() == coordinating)
			.findFirst()
			.orElseThrow();
		assertThat(LocalDate.parse(regular.get("nextDue").asString()).getDayOfMonth()).isEqualTo(25);
		assertThat(page("/my-work?role=COORDINATING&status=NOT_STARTED", "qldd"))
			.contains("Phối hợp tuyên truyền" + tag)
			.doesNotContain("Chủ trì rà soát" + tag);
	}

	@Test
	void englishToDoListHasNoVietnameseLabels() throws Exception {
		assertThat(page("/my-work?lang=en", "lanhdao")).contains("My work", "Next due", "Implementation")
			.doesNotContain("Hạn tiếp theo", "Thường xuyên");
	}

	private static List<JsonNode> ofPlan(JsonNode work, long planId) {
		List<JsonNode> items = new ArrayList<>();
		work.forEach(item -> {
			if (item.get("planId").asLong() == planId) {
				items.add(item);
			}
		});
		return items;
	}

}
