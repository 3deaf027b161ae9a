package vn.ddcihub.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.index.Block;
import vn.ddcihub.index.IndexApi;
import vn.ddcihub.shared.VietnameseFormat;

class PagesTest extends IntegrationTest {

	@org.springframework.beans.factory.annotation.Autowired
	IndexApi index;

	@Test
	void loginPageIsVietnameseByDefaultAndEnglishOnRequest() throws Exception {
		mockMvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("<html lang=\"vi\">")))
			.andExpect(content().string(Matchers.containsString("Tên đăng nhập")));
		mockMvc.perform(get("/login").param("lang", "en"))
			.andExpect(content().string(Matchers.containsString("<html lang=\"en\">")))
			.andExpect(content().string(Matchers.containsString("User name")));
	}

	@Test
	void unknownPageGetsTheVietnamese404Page() throws Exception {
		mockMvc.perform(get("/khong-co-trang-nay").with(httpBasic("lanhdao", DEMO_PASSWORD)).accept("text/html"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(Matchers.containsString("Không tìm thấy trang")));
	}

	@Test
	void forbiddenPageIsExplainedInVietnamese() throws Exception {
		mockMvc.perform(get("/admin/users").with(httpBasic("qldd", DEMO_PASSWORD)).accept("text/html"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(Matchers.containsString("<html lang=\"vi\">")))
			.andExpect(content().string(Matchers.containsString("<h1>Không có quyền truy cập</h1>")))
			.andExpect(content()
				.string(Matchers.containsString("Tài khoản của bạn không được phép xem hoặc thay đổi nội dung này")));
		mockMvc.perform(get("/admin/users?lang=en").with(httpBasic("qldd", DEMO_PASSWORD)).accept("text/html"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(Matchers.containsString("<h1>Access denied</h1>")));
	}

	@Test
	void navigationShowsOnlyWhatTheRoleMayUse() throws Exception {
		mockMvc.perform(get("/").with(httpBasic("admin", DEMO_PASSWORD)))
			.andExpect(content().string(Matchers.containsString("href=\"/admin\"")))
			.andExpect(content().string(Matchers.containsString("href=\"/audit\"")));
		mockMvc.perform(get("/").with(httpBasic("qldd", DEMO_PASSWORD)))
			.andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/admin\""))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/audit\""))));
	}

	@Test
	void adminPagesRenderWithVietnameseNames() throws Exception {
		mockMvc.perform(get("/admin").with(httpBasic("admin", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Sở Tài nguyên và Môi trường tỉnh Lạng Sơn")));
		mockMvc.perform(get("/admin/users").with(httpBasic("admin", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("vanphong")));
		mockMvc.perform(get("/audit").with(httpBasic("lanhdao", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Nhật ký thay đổi")));
		mockMvc.perform(get("/account").with(httpBasic("qldd", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Thông tin liên hệ của Phòng Quản lý đất đai")));
	}

	@Test
	void openApiDescribesTheApiForSignedInUsers() throws Exception {
		mockMvc.perform(get("/v3/api-docs").with(httpBasic("skhdt", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/api/v1/units")))
			.andExpect(content().string(Matchers.containsString("/api/v1/audit")))
			.andExpect(
					jsonPath("$.components.schemas.ProblemDetail.properties.problems.items.properties.field").exists())
			.andExpect(jsonPath(
					"$.paths['/api/v1/plans/{id}'].put.responses['403'].content['application/problem+json'].schema['$ref']")
				.value("#/components/schemas/ProblemDetail"))
			.andExpect(jsonPath("$.paths['/api/v1/editions/{year}/results'].post.responses['413']").exists());
		mockMvc.perform(get("/swagger-ui/index.html").with(httpBasic("skhdt", DEMO_PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void homeShowsWhereTheOrganisationStandsAndTheUsersWork() throws Exception {
		// the latest edition: the demo's 2020, published from its illustrative survey
		IndexApi.UnitStanding stnmt = index.standing(2020, Block.DEPARTMENT, "STNMT").orElseThrow();
		long belowMedian = stnmt.components().stream().filter(IndexApi.ComponentStanding::belowMedian).count();
		mockMvc.perform(get("/").with(httpBasic("qldd", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Chỉ số DDCI kỳ 2020 của cơ quan")))
			.andExpect(content().string(Matchers.containsString(VietnameseFormat.decimal(stnmt.total(), 2))))
			.andExpect(content().string(Matchers.containsString(stnmt.totalRank() + "/23")))
			.andExpect(content().string(Matchers.containsString(belowMedian + "/8")))
			.andExpect(content().string(Matchers.containsString("60/KH-STNMT")));
		mockMvc.perform(get("/").with(httpBasic("sct", DEMO_PASSWORD)))
			.andExpect(content().string(Matchers.not(Matchers.containsString("60/KH-STNMT"))));
	}

	@Test
	void englishPagesShowNoVietnameseLabels() throws Exception {
		mockMvc.perform(get("/my-work").param("lang", "en").with(httpBasic("lanhdao", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Implementation")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Thường xuyên"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Hàng quý"))));
	}

}
