package vn.ddcihub.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The demo execution of the seed plan: its lines and periods from June 2020, a realistic
 * mix of unit reports June–November with entries, figures, evidence files and timelines,
 * December open without reports of QLDD and TTCNTT, every row illustrative and labelled
 * "minh họa".
 */
class ExecutionDemoDataTest extends ExecutionTestSupport {

	@Test
	void theSeedPlanHasLinesPeriodsAndAMixOfReports() throws Exception {
		long planId = fixtures().seedPlanId();
		assertThat(
				count("select count(*) from execution_reporting_line where plan_id = ? and first_year = 2020", planId))
			.isEqualTo(4);
		assertThat(jdbc.sql("""
				select number from execution_period where plan_id = ? and frequency = 'MONTHLY' and year = 2020
				  and illustrative order by number""").param(planId).query(Integer.class).list()).containsExactly(6, 7,
				8, 9, 10, 11, 12);

		Map<String, Integer> byStatus = jdbc.sql("""
				select r.status, count(*)::int from execution_report r join execution_period p on p.id = r.period_id
				where p.plan_id = ? and r.illustrative group by r.status""")
			.param(planId)
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getInt(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(byStatus).containsKeys("ACCEPTED", "SUBMITTED", "RETURNED", "DRAFT");
		assertThat(byStatus.get("ACCEPTED")).isGreaterThan(30);
		assertThat(count("""
				select count(*) from execution_report r join execution_period p on p.id = r.period_id
				where p.plan_id = ? and not r.illustrative and p.year = 2020""", planId)).isZero();

		// the returned report carries the Office's comment, also on its timeline
		assertThat(jdbc.sql("""
				select r.review_comment from execution_report r join execution_period p on p.id = r.period_id
				where p.plan_id = ? and r.status = 'RETURNED' and r.illustrative""")
			.param(planId)
			.query(String.class)
			.single()).startsWith("Đề nghị Phòng Quản lý đất đai bổ sung");
		assertThat(
				count("""
						select count(*) from execution_report_event e join execution_report r on r.id = e.report_id
						join execution_period p on p.id = r.period_id where p.plan_id = ? and e.action = 'RETURNED' and r.illustrative""",
						planId))
			.isEqualTo(2);

		// entries with statuses, figures as numbers, coordinating contributions
		assertThat(jdbc.sql("""
				select distinct e.status from execution_task_entry e join execution_report r on r.id = e.report_id
				join execution_period p on p.id = r.period_id where p.plan_id = ?""")
			.param(planId)
			.query(String.class)
			.list()).contains("IN_PROGRESS", "BEHIND", "BLOCKED", "DONE");
		assertThat(jdbc.sql("select distinct label from execution_task_figure").query(String.class).list())
			.contains("Hồ sơ trả đúng hạn", "Câu hỏi đã trả lời");
		assertThat(count("select count(*) from execution_task_entry where role = 'COORDINATING'")).isPositive();

		// evidence: real PDF and PNG files, stored once per content
		List<byte[]> heads = jdbc.sql("""
				select substring(f.content from 1 for 4) from execution_file f
				join execution_attachment a on a.file_sha256 = f.sha256""").query(byte[].class).list();
		assertThat(heads).anyMatch(head -> new String(head).equals("%PDF"))
			.anyMatch(head -> head[1] == 'P' && head[2] == 'N' && head[3] == 'G');

		// November mostly accepted; December open, QLDD and TTCNTT have not reported
		long november = period(planId, "MONTHLY", 2020, 11);
		assertThat(count("select count(*) from execution_report where period_id = ? and status = 'ACCEPTED'", november))
			.isGreaterThan(count("select count(*) from execution_report where period_id = ?", november) / 2);
		long december = period(planId, "MONTHLY", 2020, 12);
		assertThat(jdbc.sql("select status from execution_period where id = ?")
			.param(december)
			.query(String.class)
			.single()).isEqualTo("OPEN");
		assertThat(count("select count(*) from execution_report where period_id = ? and unit_id in (?, ?)", december,
				unitId("QLDD"), unitId("TTCNTT")))
			.isZero();
	}

	@Test
	void pagesSayTheFiguresAreIllustrative() throws Exception {
		long planId = fixtures().seedPlanId();
		String periods = page("/periods?plan=" + planId, "lanhdao");
		assertThat(periods).contains("minh họa", "Tháng 6/2020", "Tháng 12/2020", "Quý II/2020", "Đã khóa", "Đang mở");
		String november = page("/periods/" + period(planId, "MONTHLY", 2020, 11), "vanphong");
		assertThat(november).contains("minh họa", "Văn phòng Đăng ký đất đai", "Đã chấp nhận");
		assertThat(page("/periods/" + period(planId, "MONTHLY", 2020, 10), "vanphong")).contains("Bị trả lại");
	}

	private int count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Integer.class).single();
	}

}
