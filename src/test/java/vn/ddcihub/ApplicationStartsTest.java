package vn.ddcihub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

class ApplicationStartsTest extends IntegrationTest {

	@Test
	void healthIsUpWithTheDatabaseAndPublic() throws Exception {
		mockMvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void migrationsRanOnPostgres() {
		String version = jdbc.sql("select version()").query(String.class).single();
		assertThat(version).startsWith("PostgreSQL 17");
		assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void unitsKeepTheirVietnameseNames() throws Exception {
		mockMvc.perform(get("/api/v1/units").with(httpBasic("lanhdao", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'TNNKS')].name").value("Phòng Quản lý Tài nguyên nước và Khoáng sản"))
			.andExpect(jsonPath("$[?(@.code == 'KHTC')].name").value("Phòng Kế hoạch – Tài chính"));
	}

}
