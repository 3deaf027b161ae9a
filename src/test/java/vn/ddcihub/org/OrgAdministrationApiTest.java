package vn.ddcihub.org;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import vn.ddcihub.IntegrationTest;

class OrgAdministrationApiTest extends IntegrationTest {

	@Test
	void meReturnsUserOrganisationUnitAndRoles() throws Exception {
		mockMvc.perform(get("/api/v1/me").with(httpBasic("qldd", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("qldd"))
			.andExpect(jsonPath("$.organisation.code").value("STNMT"))
			.andExpect(jsonPath("$.unit.name").value("Phòng Quản lý đất đai"))
			.andExpect(jsonPath("$.roles[0]").value("UNIT_STAFF"));
	}

	@Test
	void adminCreatesEditsAndDeactivatesAnOrganisationWithItsUnit() throws Exception {
		String created = mockMvc
			.perform(post("/api/v1/organisations").with(httpBasic("admin", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"HCL\",\"name\":\"UBND huyện Cao Lộc\",\"kind\":\"DISTRICT\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("UBND huyện Cao Lộc"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = created.replaceAll(".*\"id\":(\\d+).*", "$1");
		mockMvc
			.perform(post("/api/v1/units").with(httpBasic("admin", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"organisationId\":" + id
						+ ",\"code\":\"VPHDND\",\"name\":\"Văn phòng HĐND và UBND huyện\"}"))
			.andExpect(status().isCreated());
		mockMvc
			.perform(put("/api/v1/organisations/" + id).with(httpBasic("admin", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"HCL\",\"name\":\"UBND huyện Cao Lộc\",\"kind\":\"DISTRICT\",\"active\":false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		mockMvc
			.perform(get("/api/v1/audit").with(httpBasic("admin", DEMO_PASSWORD))
				.param("entityType", "Organisation")
				.param("entityId", id))
			.andExpect(jsonPath("$[0].action").value("DEACTIVATE"));
	}

	@Test
	void invalidInputIsExplainedInVietnameseAndNothingIsSaved() throws Exception {
		mockMvc
			.perform(post("/api/v1/organisations").with(httpBasic("admin", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"có dấu\",\"name\":\"\",\"kind\":\"DISTRICT\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[?(@.field == 'code')].message")
				.value(Matchers.hasItem(Matchers.containsString("không dấu"))))
			.andExpect(jsonPath("$.problems[?(@.field == 'name')].message")
				.value(Matchers.hasItem("Tên cơ quan không được để trống")));
		mockMvc
			.perform(post("/api/v1/organisations").with(httpBasic("admin", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"STNMT\",\"name\":\"Trùng mã\",\"kind\":\"DEPARTMENT\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].field").value("code"))
			.andExpect(jsonPath("$.problems[0].message").value(Matchers.containsString("đã được dùng")));
		mockMvc
			.perform(post("/api/v1/organisations").with(httpBasic("admin", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("JSON")));
	}

	@Test
	void onlyAdminWritesOrganisations() throws Exception {
		mockMvc
			.perform(post("/api/v1/organisations").with(httpBasic("vanphong", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"X1\",\"name\":\"X\",\"kind\":\"DISTRICT\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void adminCreatesAUnitStaffAccountWhoCanSignIn() throws Exception {
		long organisationId = jdbc.sql("select id from org_organisation where code = 'STNMT'")
			.query(Long.class)
			.single();
		long unitId = jdbc.sql("select id from org_unit where organisation_id = ? and code = 'TTS'")
			.param(organisationId)
			.query(Long.class)
			.single();
		mockMvc
			.perform(post("/api/v1/users").with(httpBasic("admin", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"thanhtra1\",\"displayName\":\"Ngô Quang Thanh\",\"organisationId\":"
						+ organisationId + ",\"unitId\":" + unitId
						+ ",\"roles\":[\"UNIT_STAFF\"],\"password\":\"mat-khau-moi-1\"}"))
			.andExpect(status().isCreated());
		mockMvc.perform(get("/api/v1/me").with(httpBasic("thanhtra1", "mat-khau-moi-1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit.code").value("TTS"));
	}

}
