package vn.ddcihub.operations.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.operations.kpi.KpiReading;
import vn.ddcihub.operations.question.QuestionFigures.Figures;

/**
 * The figures of questions equal a count made here from the rows themselves, and the KPI
 * readings carry the same ratios; the illustrative questions cover every state.
 */
class OpsQuestionFiguresTest extends IntegrationTest {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	private QuestionFigures figures;

	@Autowired
	private QuestionKpis kpis;

	@Autowired
	private QuestionWorkflow workflow;

	@Test
	void theYearsFiguresEqualAnIndependentCount() {
		long stnmt = stnmt();
		LocalDate today = workflow.today();
		for (int year : List.of(today.getYear(), today.getYear() - 1)) {
			record Row(String status, LocalDate received, LocalDate due, LocalDate answered, String withheld,
					String rating) {
			}
			List<Row> rows = jdbc.sql(
					"select status, received_at, due_on, answered_at, withheld_reason, rating from ops_question where organisation_id = ?")
				.param(stnmt)
				.query((rs, i) -> new Row(rs.getString(1),
						rs.getObject(2, java.time.OffsetDateTime.class).atZoneSameInstant(VIETNAM).toLocalDate(),
						rs.getObject(3, LocalDate.class),
						rs.getObject(4, java.time.OffsetDateTime.class) == null ? null
								: rs.getObject(4, java.time.OffsetDateTime.class)
									.atZoneSameInstant(VIETNAM)
									.toLocalDate(),
						rs.getString(5), rs.getString(6)))
				.list()
				.stream()
				.filter(r -> r.received().getYear() == year)
				.toList();
			long received = rows.size();
			long answered = rows.stream().filter(r -> r.status().equals("ANSWERED")).count();
			long onTime = rows.stream()
				.filter(r -> r.status().equals("ANSWERED") && (r.due() == null || !r.answered().isAfter(r.due())))
				.count();
			long late = answered - onTime;
			long openOverdue = rows.stream()
				.filter(r -> !r.status().equals("ANSWERED") && r.due() != null && r.due().isBefore(today))
				.count();
			long published = rows.stream().filter(r -> r.status().equals("ANSWERED") && r.withheld().isEmpty()).count();
			long dissatisfied = rows.stream().filter(r -> "DISSATISFIED".equals(r.rating())).count();
			Figures whole = last(figures.year(stnmt, year));
			assertThat(whole.month()).isZero();
			assertThat(whole.received()).isEqualTo(received);
			assertThat(whole.answered()).isEqualTo(answered);
			assertThat(whole.onTime()).isEqualTo(onTime);
			assertThat(whole.overdue()).isEqualTo(late + openOverdue);
			assertThat(whole.published()).isEqualTo(published);
			assertThat(whole.dissatisfied()).isEqualTo(dissatisfied);
			if (received > 0) {
				assertThat(whole.satisfaction())
					.isCloseTo(100.0 * (received - dissatisfied - late - openOverdue) / received, within());
				assertThat(whole.onTimeRate()).isCloseTo(100.0 * onTime / (answered + openOverdue), within());
				KpiReading reading = kpis.readings(stnmt, year, year)
					.stream()
					.filter(r -> r.code().equals(QuestionKpis.SATISFACTION) && r.isYear())
					.findFirst()
					.orElseThrow();
				assertThat(reading.value()).isCloseTo(whole.satisfaction(), within());
				assertThat(reading.basis()).isEqualTo(received);
			}
			assertThat(figures.year(stnmt, year).stream().filter(f -> f.month() > 0).mapToLong(Figures::received).sum())
				.isEqualTo(received);
		}
	}

	@Test
	void theIllustrativeQuestionsCoverEveryStateAndTheFiguresPageShowsThem() throws Exception {
		List<String> stages = jdbc.sql("""
				select distinct case when status = 'ANSWERED' and withheld_reason <> '' then 'WITHHELD'
				  when status = 'ANSWERED' then 'PUBLISHED' else status end from ops_question where illustrative""")
			.query(String.class)
			.list();
		assertThat(stages).containsAll(QuestionWorkflow.STAGES);
		assertThat(jdbc.sql(
				"select count(*) from ops_question where illustrative and status <> 'ANSWERED' and due_on < current_date")
			.query(Long.class)
			.single()).isPositive();
		String page = mockMvc.perform(get("/operations/questions/figures").with(httpBasic("lanhdao", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(org.jsoup.Jsoup.parse(page).select("#fig-received").text())
			.isEqualTo(String.valueOf(last(figures.year(stnmt(), workflow.today().getYear())).received()));
		mockMvc.perform(get("/operations/questions/figures").with(httpBasic("skhdt", DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
	}

	private static Figures last(List<Figures> rows) {
		return rows.get(rows.size() - 1);
	}

	private static org.assertj.core.data.Offset<Double> within() {
		return org.assertj.core.data.Offset.offset(1e-9);
	}

	private long stnmt() {
		return jdbc.sql("select id from org_organisation where code = 'STNMT'").query(Long.class).single();
	}

}
