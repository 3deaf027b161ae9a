package vn.ddcihub.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.execution.DueReminder;
import vn.ddcihub.operations.dialogue.ActionInput;
import vn.ddcihub.operations.dialogue.DialogueInput;
import vn.ddcihub.operations.dialogue.DialogueKind;
import vn.ddcihub.operations.dialogue.Dialogues;
import vn.ddcihub.operations.dialogue.IssueInput;
import vn.ddcihub.operations.dialogue.OverdueActionReminders;

/**
 * Dialogues with businesses: the quarterly count flags a quarter without a dialogue, an
 * overdue follow-up action is reminded once, a unit's staff update only their unit's
 * actions, and other organisations see nothing.
 */
@RecordApplicationEvents
class OpsDialogueTest extends IntegrationTest {

	@Autowired
	private Dialogues dialogues;

	@Autowired
	private OverdueActionReminders reminders;

	@Autowired
	private ApplicationEvents events;

	@Test
	void aPastQuarterWithoutADialogueIsFlagged() throws Exception {
		Document page = OpsPages.page(mockMvc, "/operations/dialogues?year=2020", "lanhdao");
		assertThat(page.select("#quarters .card.missing").eachAttr("data-quarter")).containsExactly("3");
		assertThat(page.select("#quarters [data-quarter=3]").text()).contains("0 cuộc", "chưa đạt yêu cầu");
		assertThat(page.select("#quarters [data-quarter=2]").text()).contains("2 cuộc");
		assertThat(page.select("#dialogues tbody tr")).hasSize(4);
		assertThat(page.select(".illustrative").text()).contains("minh họa");
		assertThat(page.select("#open-actions tr.overdue")).isNotEmpty();
		String quarters = mockMvc
			.perform(get("/api/v1/operations/dialogues/quarters?year=2020").with(httpBasic("skhdt", "demo123")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(quarters).contains("{\"quarter\":3,\"held\":0,\"missing\":true}");
	}

	@Test
	void anOverdueActionIsRemindedOnceToItsOwnerUnit() {
		long stnmt = OpsPages.organisation(jdbc, "STNMT");
		long unit = OpsPages.unit(jdbc, "TNNKS");
		long action = action(unit, "Việc thử nhắc quá hạn", LocalDate.of(2041, 3, 1));
		String key = "follow-up:" + action + ":overdue";
		reminders.run(LocalDate.of(2041, 3, 1));
		assertThat(events.stream(DueReminder.class).filter(r -> r.key().equals(key))).as("not overdue on its deadline")
			.isEmpty();
		reminders.run(LocalDate.of(2041, 3, 2));
		reminders.run(LocalDate.of(2041, 3, 3));
		assertThat(events.stream(DueReminder.class).filter(r -> r.key().equals(key)).toList()).singleElement()
			.satisfies(reminder -> {
				assertThat(reminder.unitId()).isEqualTo(unit);
				assertThat(reminder.organisationId()).isEqualTo(stnmt);
				assertThat(reminder.overdue()).isTrue();
				assertThat(reminder.kind()).isEqualTo("follow-up");
				assertThat(reminder.href()).endsWith("#action-" + action);
				assertThat(reminder.title()).isEqualTo("Việc thử nhắc quá hạn");
			});
	}

	@Test
	void unitStaffUpdateOnlyTheirOwnUnitsActions() throws Exception {
		long own = action(OpsPages.unit(jdbc, "QLDD"), "Việc của Phòng Quản lý đất đai", LocalDate.of(2042, 5, 1));
		long other = action(OpsPages.unit(jdbc, "VPDKDD"), "Việc của Văn phòng Đăng ký", LocalDate.of(2042, 5, 1));
		mockMvc
			.perform(post("/operations/dialogues/actions/" + other).with(httpBasic("qldd", "demo123"))
				.with(csrf())
				.param("status", "IN_PROGRESS"))
			.andExpect(status().isForbidden());
		mockMvc
			.perform(post("/operations/dialogues/actions/" + own).with(httpBasic("qldd", "demo123"))
				.with(csrf())
				.param("status", "IN_PROGRESS"))
			.andExpect(status().is3xxRedirection());
		assertThat(actionStatus(own)).isEqualTo("IN_PROGRESS");
		Document refused = OpsPages.page(mockMvc,
				post("/operations/dialogues/actions/" + own).with(httpBasic("qldd", "demo123"))
					.with(csrf())
					.param("status", "NOT_FEASIBLE")
					.param("reason", ""));
		assertThat(refused.select(".error-summary a").eachAttr("href")).containsExactly("#a" + own + "-reason");
		assertThat(refused.select("#a" + own + "-reason").attr("aria-invalid")).isEqualTo("true");
		assertThat(actionStatus(own)).isEqualTo("IN_PROGRESS");
		mockMvc
			.perform(post("/operations/dialogues/actions/" + own).with(httpBasic("qldd", "demo123"))
				.with(csrf())
				.param("status", "OPEN"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'OpsFollowUp' and entity_id = ?")
			.param(String.valueOf(own))
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void onlyTheOfficeRecordsDialoguesAndOtherOrganisationsSeeNone() throws Exception {
		long demo = jdbc.sql("select min(id) from ops_dialogue where illustrative").query(Long.class).single();
		mockMvc.perform(get("/operations/dialogues/" + demo).with(httpBasic("sct", "demo123")))
			.andExpect(status().isNotFound());
		mockMvc.perform(get("/api/v1/operations/dialogues/" + demo).with(httpBasic("sct", "demo123")))
			.andExpect(status().isNotFound());
		mockMvc
			.perform(multipart("/operations/dialogues").with(httpBasic("qldd", "demo123"))
				.with(csrf())
				.param("heldOn", "01/02/2041"))
			.andExpect(status().isForbidden());
		Document shown = OpsPages.page(mockMvc, "/operations/dialogues/" + demo, "qldd");
		assertThat(shown.select("#add-issue")).isEmpty();
		Document form = OpsPages.page(mockMvc, multipart("/operations/dialogues")
			.file(new MockMultipartFile("minutes", "bien-ban.exe", "application/octet-stream", new byte[] { 1 }))
			.with(httpBasic("vanphong", "demo123"))
			.with(csrf())
			.param("heldOn", "31/02/2041")
			.param("kind", "QUARTERLY")
			.param("chair", ""));
		assertThat(form.select(".error-summary a").eachAttr("href")).contains("#heldOn", "#chair");
		long before = jdbc.sql("select count(*) from ops_dialogue").query(Long.class).single();
		Document wrongFile = OpsPages.page(mockMvc, multipart("/operations/dialogues")
			.file(new MockMultipartFile("minutes", "bien-ban.exe", "application/octet-stream", new byte[] { 1 }))
			.with(httpBasic("vanphong", "demo123"))
			.with(csrf())
			.param("heldOn", "15/02/2041")
			.param("kind", "QUARTERLY")
			.param("chair", "Giám đốc Sở"));
		assertThat(wrongFile.select(".error-summary").text()).contains("bien-ban.exe");
		assertThat(jdbc.sql("select count(*) from ops_dialogue").query(Long.class).single()).isEqualTo(before);
		mockMvc
			.perform(multipart("/operations/dialogues")
				.file(new MockMultipartFile("minutes", "bien-ban.pdf", "application/pdf", "%PDF-1.4".getBytes()))
				.with(httpBasic("vanphong", "demo123"))
				.with(csrf())
				.param("heldOn", "15/02/2041")
				.param("kind", "QUARTERLY")
				.param("chair", "Giám đốc Sở")
				.param("businesses", "Công ty TNHH Thử; 4900000001\nHợp tác xã Thử"))
			.andExpect(status().is3xxRedirection());
		long created = jdbc.sql("select max(id) from ops_dialogue").query(Long.class).single();
		Document detail = OpsPages.page(mockMvc, "/operations/dialogues/" + created, "vanphong");
		assertThat(detail.select("#businesses li")).hasSize(2);
		assertThat(detail.select("#minutes-link").text()).isEqualTo("bien-ban.pdf");
	}

	@Test
	void theApiRecordsADialogueAndItsOwnerUnitUpdatesTheAction() throws Exception {
		String created = mockMvc
			.perform(post("/api/v1/operations/dialogues").with(httpBasic("vanphong", "demo123"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"heldOn": "2043-03-20", "kind": "QUARTERLY", "chair": "Giám đốc Sở",
						 "topics": "Thủ tục đất đai", "businesses": "Công ty TNHH API; 4900000002"}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long dialogue = Long.parseLong(created.replaceAll("\\D+", ""));
		String issue = mockMvc
			.perform(post("/api/v1/operations/dialogues/" + dialogue + "/issues").with(httpBasic("vanphong", "demo123"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"content\": \"Chậm cấp giấy chứng nhận\", \"field\": \"đất đai\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long issueId = Long.parseLong(issue.replaceAll("\\D+", ""));
		String action = mockMvc
			.perform(post("/api/v1/operations/dialogues/" + dialogue + "/issues/" + issueId + "/actions")
				.with(httpBasic("vanphong", "demo123"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\": \"Rút ngắn thời gian\", \"ownerUnitId\": " + OpsPages.unit(jdbc, "QLDD")
						+ ", \"dueOn\": \"2043-06-30\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long actionId = Long.parseLong(action.replaceAll("\\D+", ""));
		mockMvc
			.perform(put("/api/v1/operations/dialogues/actions/" + actionId).with(httpBasic("ttcntt", "demo123"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"DONE\"}"))
			.andExpect(status().isForbidden());
		mockMvc
			.perform(put("/api/v1/operations/dialogues/actions/" + actionId).with(httpBasic("qldd", "demo123"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"NOT_FEASIBLE\"}"))
			.andExpect(status().isBadRequest());
		mockMvc
			.perform(put("/api/v1/operations/dialogues/actions/" + actionId).with(httpBasic("qldd", "demo123"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"DONE\"}"))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select status, closed_on is not null from ops_follow_up where id = ?")
			.param(actionId)
			.query((rs, i) -> rs.getString(1) + rs.getBoolean(2))
			.single()).isEqualTo("DONEtrue");
	}

	/** A follow-up action of a dialogue of this test's own (year 2041–2042). */
	private long action(long unitId, String text, LocalDate due) {
		long stnmt = OpsPages.organisation(jdbc, "STNMT");
		long dialogue = dialogues.create(stnmt,
				new DialogueInput(due.minusMonths(1), DialogueKind.MEETING, "Giám đốc Sở", "", "", ""), null, false);
		long issue = dialogues.addIssue(dialogue, new IssueInput("Kiến nghị của phép thử", "", ""));
		return dialogues.addAction(dialogue, issue, new ActionInput(text, unitId, due));
	}

	private String actionStatus(long action) {
		return jdbc.sql("select status from ops_follow_up where id = ?").param(action).query(String.class).single();
	}

}
