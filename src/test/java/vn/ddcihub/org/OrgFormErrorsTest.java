package vn.ddcihub.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ddcihub.FormPage;
import vn.ddcihub.IntegrationTest;

/**
 * Administration and account forms refuse wrong values the GOV.UK way, in Vietnamese and
 * English, keeping what was typed (never a password), and save nothing.
 */
class OrgFormErrorsTest extends IntegrationTest {

	private FormPage refused(MockHttpServletRequestBuilder request) throws Exception {
		return FormPage.of(mockMvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private long organisation(String code) {
		return jdbc.sql("select id from org_organisation where code = :c").param("c", code).query(Long.class).single();
	}

	@Test
	void anOrganisationWithAWrongCodeIsExplainedInBothLanguages() throws Exception {
		var wrong = post("/admin/organisations/new").with(httpBasic("admin", DEMO_PASSWORD))
			.with(csrf())
			.param("code", "Sở-1")
			.param("name", "")
			.param("shortName", "v".repeat(121))
			.param("kind", "DEPARTMENT")
			.param("active", "true");
		FormPage page = refused(wrong);
		page.showsError("code", "Mã chỉ gồm chữ không dấu, chữ số, dấu gạch ngang hoặc gạch dưới")
			.showsError("name", "Tên cơ quan không được để trống")
			.showsError("shortName", "Tên viết tắt chỉ được tối đa 120 ký tự");
		assertThat(page.value("code")).isEqualTo("Sở-1");
		assertThat(page.text("shortName-info")).isEqualTo("Tối đa 120 ký tự");
		refused(wrong.param("lang", "en"))
			.showsError("code", "Code may only contain letters without diacritics, digits, dashes and underscores")
			.showsError("name", "Organisation name is required");
		assertThat(jdbc.sql("select count(*) from org_organisation where code = 'Sở-1'").query(Integer.class).single())
			.isZero();
	}

	@Test
	void aUnitWithAWrongEmailAndOrderIsExplained() throws Exception {
		FormPage page = refused(post("/admin/units/new").with(httpBasic("admin", DEMO_PASSWORD))
			.with(csrf())
			.param("organisationId", String.valueOf(organisation("STNMT")))
			.param("code", "THU")
			.param("name", "Phòng thử")
			.param("email", "khong-phai-thu")
			.param("sortOrder", "đầu"));
		page.showsError("email", "Thư điện tử phải có dạng ten@coquan.gov.vn")
			.showsError("sortOrder", "Thứ tự hiển thị phải là một số nguyên");
		assertThat(page.value("sortOrder")).isEqualTo("đầu");
		assertThat(page.value("email")).isEqualTo("khong-phai-thu");
	}

	@Test
	void aUnitStaffAccountNeedsItsUnit() throws Exception {
		var user = post("/admin/users/new").with(httpBasic("admin", DEMO_PASSWORD))
			.with(csrf())
			.param("username", "can bo")
			.param("displayName", "Cán bộ thử")
			.param("organisationId", String.valueOf(organisation("STNMT")))
			.param("unitId", "")
			.param("roles", "UNIT_STAFF")
			.param("active", "true")
			.param("password", "matkhau123");
		FormPage page = refused(user);
		page.showsError("username",
				"Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới")
			.showsError("unitId", "Phòng, đơn vị là bắt buộc với vai trò Cán bộ đơn vị");
		assertThat(page.value("username")).isEqualTo("can bo");
		assertThat(page.value("password")).as("a password is never sent back").isEmpty();
		refused(user.param("lang", "en")).showsError("unitId", "Unit is required for the Unit staff role");
		refused(post("/admin/users/new").with(httpBasic("admin", DEMO_PASSWORD))
			.with(csrf())
			.param("username", "khongvaitro")
			.param("displayName", "Không vai trò")).showsError("roles", "Vai trò chưa được chọn");
	}

	@Test
	void aPasswordChangeIsCheckedFieldByFieldAndTheCurrentPasswordBySignIn() throws Exception {
		FormPage page = refused(post("/account/password").with(httpBasic("qldd", DEMO_PASSWORD))
			.with(csrf())
			.param("currentPassword", "")
			.param("newPassword", "ngan")
			.param("confirmation", "khac"));
		page.showsError("currentPassword", "Mật khẩu hiện tại không được để trống")
			.showsError("newPassword", "Mật khẩu mới cần từ 8 đến 128 ký tự")
			.showsError("confirmation", "Nhập lại mật khẩu mới không khớp với mật khẩu mới");
		assertThat(page.value("newPassword")).isEmpty();
		refused(post("/account/password").with(httpBasic("qldd", DEMO_PASSWORD))
			.with(csrf())
			.param("lang", "en")
			.param("currentPassword", "sai-mat-khau")
			.param("newPassword", "matkhaumoi1")
			.param("confirmation", "matkhaumoi1")).showsError("currentPassword", "The current password is wrong");
		mockMvc.perform(get("/account").with(httpBasic("qldd", DEMO_PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void unitContactAndTokenNameHaveTheirLimits() throws Exception {
		FormPage contact = refused(post("/account/unit").with(httpBasic("qldd", DEMO_PASSWORD))
			.with(csrf())
			.param("headName", "Trưởng phòng")
			.param("email", "")
			.param("phone", "0".repeat(41)));
		contact.showsError("phone", "Điện thoại chỉ được tối đa 40 ký tự");
		assertThat(contact.value("headName")).isEqualTo("Trưởng phòng");
		refused(post("/account/tokens").with(httpBasic("qldd", DEMO_PASSWORD)).with(csrf()).param("name", " "))
			.showsError("token-name", "Tên khóa không được để trống");
		refused(post("/account/tokens").with(httpBasic("qldd", DEMO_PASSWORD))
			.with(csrf())
			.param("name", "k".repeat(121))
			.param("lang", "en")).showsError("token-name", "Token name must be 120 characters or fewer");
	}

	@Test
	void anImpossibleDateInTheAuditFilterIsAFieldError() throws Exception {
		FormPage page = refused(get("/audit").with(httpBasic("lanhdao", DEMO_PASSWORD)).param("from", "31/02/2020"));
		page.showsError("from", "Từ ngày phải là một ngày có thật, viết dd/mm/yyyy, ví dụ 15/12/2020");
		assertThat(page.value("from")).isEqualTo("31/02/2020");
		assertThat(refused(get("/audit").with(httpBasic("lanhdao", DEMO_PASSWORD)).param("from", "01/06/2020"))
			.hasErrors()).isFalse();
	}

}
