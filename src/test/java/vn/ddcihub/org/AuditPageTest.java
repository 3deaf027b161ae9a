package vn.ddcihub.org;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import vn.ddcihub.IntegrationTest;

/**
 * A director reads the trail as changes: field labels, the value before and after, and
 * who acted by full name — not JSON and login names.
 */
class AuditPageTest extends IntegrationTest {

	@Test
	void aDirectorReadsAChangeFieldByFieldWithTheFullNameOfWhoMadeIt() throws Exception {
		long unit = jdbc.sql("select id from org_unit where code = 'QLDD'").query(Long.class).single();
		mockMvc.perform(put("/api/v1/units/" + unit + "/contact").with(httpBasic("qldd", DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"email\":\"qldd@stnmt.langson.gov.vn\",\"phone\":\"0205 3812 999\",\"headName\":\"Hoàng Văn Đức\"}"))
			.andExpect(status().isOk());

		mockMvc.perform(get("/audit?entityType=Unit&entityId=" + unit).with(httpBasic("lanhdao", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Hoàng Văn Đức (Phòng Quản lý đất đai)"),
					containsString("<span class=\"muted\">(qldd)</span>"), containsString(">Điện thoại</th>"),
					containsString("0205 3812 999"), containsString("Phòng, đơn vị"),
					not(containsString("&#34;phone&#34;")), not(containsString("\"phone\"")))));
		mockMvc
			.perform(get("/audit?lang=en&entityType=Unit&entityId=" + unit).with(httpBasic("lanhdao", DEMO_PASSWORD)))
			.andExpect(content().string(allOf(containsString(">Phone</th>"), containsString(">Updated<"))));
	}

	@Test
	void aLargeImportIsSizedOnThePageAndKeptWholeInTheCsv() throws Exception {
		StringBuilder csv = new StringBuilder("unit_code,unit_name,c1,c2,c3,c4,c5,c6,c7,c8\n");
		java.util.Random random = new java.util.Random(7);
		for (int i = 0; i < 8000; i++) {
			csv.append("LG").append(i).append(",Đơn vị ").append(i);
			for (int c = 0; c < 8; c++) {
				csv.append(',').append(random.nextInt(1001) / 100.0);
			}
			csv.append('\n');
		}
		mockMvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/api/v1/editions/2088/results?block=DISTRICT&createUnits=true")
				.file(new org.springframework.mock.web.MockMultipartFile("file", "lon.csv", "text/csv",
						csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.with(httpBasic("admin", DEMO_PASSWORD)))
			.andExpect(status().isOk());

		mockMvc.perform(get("/audit?entityId=2088-DISTRICT").with(httpBasic("admin", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Bản ghi lớn ("), not(containsString("LG7999")))));
		mockMvc.perform(get("/audit.csv?entityId=2088-DISTRICT").with(httpBasic("admin", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("LG7999")));
	}

}
