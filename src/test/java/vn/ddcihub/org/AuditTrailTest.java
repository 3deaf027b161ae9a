package vn.ddcihub.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.shared.VietnamTime;

class AuditTrailTest extends IntegrationTest {

	@Test
	void editingAUnitThroughTheApiRecordsBeforeAndAfter() throws Exception {
		long unitId = jdbc
			.sql("select u.id from org_unit u join org_organisation o on o.id = u.organisation_id "
					+ "where o.code = 'STNMT' and u.code = 'KHTC'")
			.query(Long.class)
			.single();
		long organisationId = jdbc.sql("select id from org_organisation where code = 'STNMT'")
			.query(Long.class)
			.single();
		mockMvc
			.perform(put("/api/v1/units/" + unitId).with(httpBasic("admin", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"organisationId\":" + organisationId
						+ ",\"code\":\"KHTC\",\"name\":\"Phòng Kế hoạch – Tài chính\","
						+ "\"headName\":\"Đinh Thị Hồng\",\"sortOrder\":8}"))
			.andExpect(status().isOk());

		String today = VietnamTime.today().toString();
		mockMvc
			.perform(get("/api/v1/audit").with(httpBasic("admin", DEMO_PASSWORD))
				.param("entityType", "Unit")
				.param("entityId", String.valueOf(unitId))
				.param("user", "admin")
				.param("from", today)
				.param("to", today))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].action").value("UPDATE"))
			.andExpect(jsonPath("$[0].actor").value("admin"))
			.andExpect(jsonPath("$[0].before").value(Matchers.containsString("\"headName\": null")))
			.andExpect(jsonPath("$[0].after").value(Matchers.containsString("Đinh Thị Hồng")));
		// Kept as json text (cheap to write, V12), read in jsonb's normal form as above.
		assertThat(jdbc.sql("""
				select pg_typeof(before_state)::text || ' ' || pg_typeof(after_state)::text from audit_event
				where entity_type = 'Unit' and entity_id = :id order by id desc limit 1""")
			.param("id", String.valueOf(unitId))
			.query(String.class)
			.single()).isEqualTo("json json");
	}

	@Test
	void filterIgnoresLetterCase() throws Exception {
		mockMvc
			.perform(get("/api/v1/audit").with(httpBasic("admin", DEMO_PASSWORD)).param("entityType", "ORGANISATION"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].entityType").value("Organisation"));
	}

	@Test
	void auditExportsAsCsvWithVietnameseText() throws Exception {
		mockMvc.perform(get("/audit.csv").with(httpBasic("admin", DEMO_PASSWORD)).param("entityType", "Organisation"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", Matchers.containsString("nhat-ky-thay-doi.csv")))
			.andExpect(content().string(Matchers.containsString("Sở Tài nguyên và Môi trường tỉnh Lạng Sơn")));
		mockMvc.perform(get("/api/v1/audit").with(httpBasic("admin", DEMO_PASSWORD)).param("format", "csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"));
	}

	@Test
	void leaderSeesOnlyTheirOrganisationsRecordsAndUnitStaffNone() throws Exception {
		long sct = jdbc.sql("select id from org_organisation where code = 'SCT'").query(Long.class).single();
		mockMvc
			.perform(get("/api/v1/audit").with(httpBasic("lanhdao", DEMO_PASSWORD)).param("entityType", "Organisation"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.organisationId == " + sct + ")]").isEmpty())
			.andExpect(jsonPath("$[?(@.entityType == 'Organisation')]").isNotEmpty());
		mockMvc.perform(get("/api/v1/audit").with(httpBasic("qldd", DEMO_PASSWORD))).andExpect(status().isForbidden());
	}

	@Test
	void wrongDateInTheFilterGetsAClearMessage() throws Exception {
		mockMvc.perform(get("/api/v1/audit").with(httpBasic("admin", DEMO_PASSWORD)).param("from", "15/12/2020"))
			.andExpect(status().isOk());
		mockMvc.perform(get("/api/v1/audit").with(httpBasic("admin", DEMO_PASSWORD)).param("from", "31/02/2020"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Dữ liệu nhập chưa hợp lệ"))
			.andExpect(jsonPath("$.problems[0].field").value("from"))
			.andExpect(jsonPath("$.problems[0].message").value(Matchers.containsString("31/02/2020")));
	}

	@Test
	void auditRecordsCannotBeChangedOrDeleted() {
		assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update()).hasMessageContaining("append-only");
		assertThat(jdbc.sql("select count(*) from audit_event").query(Integer.class).single()).isPositive();
	}

}
