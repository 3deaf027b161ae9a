package vn.ddcihub.operations.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.ddcihub.IntegrationTest;

/**
 * A business question from the public form to the public page: sent anonymously with a
 * script in it, invisible until approved, assigned, drafted by the unit, approved by the
 * leader, then found without diacritics with the script shown as text and no name; the
 * sender follows it and rates it with the code. Refusals: the challenge, the hidden
 * field, the rate limit, a petition without its business, a file that is not what it
 * says, another unit's staff.
 */
class OpsQuestionFlowTest extends IntegrationTest {

	private static final String SCRIPT = "<script>alert('x')</script>";

	@Test
	void anAnonymousQuestionIsAnsweredApprovedAndFoundWithoutDiacritics() throws Exception {
		String marker = "Quảng Lạc " + UUID.randomUUID().toString().substring(0, 6);
		MvcResult sent = mockMvc
			.perform(send(form("10.1.0.1").param("title", "Thuê đất đai tại " + marker)
				.param("content", "Xin hỏi về thuê đất đai " + SCRIPT)
				.param("contactName", "Nguyễn Thị Ẩn Danh")
				.param("anonymous", "true")))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String code = (String) sent.getFlashMap().get("trackingCode");
		assertThat(code).matches("[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}");
		long id = jdbc.sql("select id from ops_question where title = ?")
			.param("Thuê đất đai tại " + marker)
			.query(Long.class)
			.single();
		String folded = marker.toLowerCase().replace("ả", "a").replace("ạ", "a");
		assertThat(publicSearch("thue dat dai tai " + folded).select("#published li")).isEmpty();
		mockMvc.perform(get("/cong-khai/hoi-dap/" + id)).andExpect(status().isNotFound());

		Document inbox = page(get("/operations/questions").with(httpBasic("vanphong", DEMO_PASSWORD)));
		assertThat(inbox.select("#question-" + id).text()).contains(marker);
		assertThat(page(get("/operations/questions").with(httpBasic("sct", DEMO_PASSWORD))).select("#question-" + id))
			.isEmpty();
		mockMvc.perform(get("/operations/questions/" + id).with(httpBasic("sct", DEMO_PASSWORD)))
			.andExpect(status().isNotFound());

		long qldd = unit("QLDD");
		mockMvc
			.perform(post("/operations/questions/" + id + "/assign").with(httpBasic("vanphong", DEMO_PASSWORD))
				.with(csrf())
				.param("unitId", String.valueOf(qldd))
				.param("dueOn", ""))
			.andExpect(status().is3xxRedirection());
		mockMvc
			.perform(post("/operations/questions/" + id + "/answer").with(httpBasic("ttcntt", DEMO_PASSWORD))
				.with(csrf())
				.param("answer", "Trả lời của đơn vị khác")
				.param("action", "submit"))
			.andExpect(status().isNotFound());
		mockMvc
			.perform(post("/operations/questions/" + id + "/approve").with(httpBasic("lanhdao", DEMO_PASSWORD))
				.with(csrf()))
			.andExpect(status().isConflict());
		mockMvc
			.perform(post("/operations/questions/" + id + "/answer").with(httpBasic("qldd", DEMO_PASSWORD))
				.with(csrf())
				.param("answer", "Doanh nghiệp nộp hồ sơ thuê đất tại Trung tâm Phục vụ hành chính công.")
				.param("action", "submit"))
			.andExpect(status().is3xxRedirection());
		mockMvc
			.perform(post("/operations/questions/" + id + "/approve").with(httpBasic("qldd", DEMO_PASSWORD))
				.with(csrf()))
			.andExpect(status().isForbidden());
		mockMvc
			.perform(post("/operations/questions/" + id + "/approve").with(httpBasic("lanhdao", DEMO_PASSWORD))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		Document found = publicSearch("THUE DAT DAI tai " + folded);
		assertThat(found.select("#published li")).hasSize(1);
		String html = mockMvc.perform(get("/cong-khai/hoi-dap/" + id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document item = Jsoup.parse(html);
		assertThat(item.select("#item-content").text()).contains(SCRIPT);
		assertThat(html).doesNotContain(SCRIPT).contains("&lt;script&gt;");
		assertThat(item.select("script")).allMatch(s -> s.attr("src").startsWith("/js/"));
		assertThat(item.text()).doesNotContain("Ẩn Danh").contains("Người gửi đề nghị ẩn danh");
		assertThat(item.select("#item-answer").text()).contains("Trung tâm Phục vụ hành chính công");

		Document tracked = page(post("/cong-khai/hoi-dap/tra-cuu").with(csrf()).param("code", code.toLowerCase()));
		assertThat(tracked.select("#tracked-answer").text()).contains("Trung tâm Phục vụ hành chính công");
		page(post("/cong-khai/hoi-dap/tra-cuu/danh-gia").with(csrf()).param("code", code).param("rating", "SATISFIED"));
		assertThat(jdbc.sql("select rating from ops_question where id = ?").param(id).query(String.class).single())
			.isEqualTo("SATISFIED");
		mockMvc
			.perform(post("/cong-khai/hoi-dap/tra-cuu/danh-gia").with(csrf())
				.param("code", code)
				.param("rating", "DISSATISFIED"))
			.andExpect(status().isConflict());
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'OpsQuestion' and entity_id = ?")
			.param(String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(3);

		// The Office withholds it: gone from the public page, back when the reason is
		// cleared.
		mockMvc
			.perform(post("/operations/questions/" + id + "/withhold").with(httpBasic("qldd", DEMO_PASSWORD))
				.with(csrf())
				.param("reason", "Không phải của tôi"))
			.andExpect(status().isForbidden());
		mockMvc
			.perform(post("/operations/questions/" + id + "/withhold").with(httpBasic("vanphong", DEMO_PASSWORD))
				.with(csrf())
				.param("reason", "Liên quan vụ việc đang thanh tra"))
			.andExpect(status().is3xxRedirection());
		mockMvc.perform(get("/cong-khai/hoi-dap/" + id)).andExpect(status().isNotFound());
		assertThat(publicSearch("thue dat dai tai " + folded).select("#published li")).isEmpty();
		mockMvc
			.perform(post("/operations/questions/" + id + "/withhold").with(httpBasic("vanphong", DEMO_PASSWORD))
				.with(csrf())
				.param("reason", ""))
			.andExpect(status().is3xxRedirection());
		mockMvc.perform(get("/cong-khai/hoi-dap/" + id)).andExpect(status().isOk());
	}

	@Test
	void aWrongChallengeAndAFilledHiddenFieldGetTheSameRefusalAndStoreNothing() throws Exception {
		String title = "Câu hỏi bị từ chối " + UUID.randomUUID();
		MockMultipartHttpServletRequestBuilder wrong = form("10.1.0.2").param("title", title);
		wrong.param("challengeAnswer", "999");
		Document refused = page(send(wrong), 400);
		Document robot = page(send(form("10.1.0.2").param("title", title).param("website", "http://spam.example")),
				400);
		assertThat(refused.select(".error-summary li").text()).isEqualTo(robot.select(".error-summary li").text())
			.contains("Câu hỏi kiểm tra chưa được trả lời đúng");
		assertThat(refused.select("#title").val()).isEqualTo(title);
		assertThat(count(title)).isZero();
	}

	@Test
	void aPetitionNamesItsBusinessAndATaxCodeHasTenOrThirteenDigits() throws Exception {
		String title = "Kiến nghị thiếu doanh nghiệp " + UUID.randomUUID();
		Document missing = page(send(form("10.1.0.3").param("title", title).param("kind", "PETITION")), 400);
		assertThat(missing.select(".error-summary a").eachAttr("href")).contains("#businessName", "#taxCode");
		Document badTax = page(send(form("10.1.0.3").param("title", title).param("taxCode", "12345")), 400);
		assertThat(badTax.select("#taxCode-error").text()).contains("10 chữ số, hoặc 13 chữ số");
		assertThat(badTax.select("#taxCode").val()).isEqualTo("12345");
		Document noContact = page(send(form("10.1.0.3").param("title", title).param("phone", "").param("email", "")),
				400);
		assertThat(noContact.select(".error-summary").text()).contains("số điện thoại hoặc thư điện tử");
		mockMvc
			.perform(send(form("10.1.0.3").param("title", title)
				.param("kind", "PETITION")
				.param("businessName", "Công ty TNHH Thử nghiệm")
				.param("taxCode", "4900123456-001")))
			.andExpect(status().is3xxRedirection());
		assertThat(
				jdbc.sql("select tax_code from ops_question where title = ?").param(title).query(String.class).single())
			.isEqualTo("4900123456001");
	}

	@Test
	void anExecutableNamedPdfIsRefusedAndARealPdfIsKept() throws Exception {
		String title = "Câu hỏi có tệp " + UUID.randomUUID();
		byte[] exe = new byte[64];
		exe[0] = 'M';
		exe[1] = 'Z';
		MockMultipartHttpServletRequestBuilder withExe = form("10.1.0.4")
			.file(new MockMultipartFile("files", "ban-ve.pdf", "application/pdf", exe));
		Document refused = page(send(withExe.param("title", title)), 400);
		assertThat(refused.select(".error-summary").text()).contains("ban-ve.pdf");
		assertThat(count(title)).isZero();
		MockMultipartHttpServletRequestBuilder withPdf = form("10.1.0.4").file(new MockMultipartFile("files",
				"ban-ve.pdf", "application/pdf", vn.ddcihub.operations.common.DemoPdf.of("ban ve")));
		mockMvc.perform(send(withPdf.param("title", title))).andExpect(status().is3xxRedirection());
		assertThat(jdbc
			.sql("""
					select count(*) from ops_question_file qf join ops_question q on q.id = qf.question_id where q.title = ?""")
			.param(title)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void oneAddressIsThrottledAfterTooManySubmissions() throws Exception {
		for (int i = 0; i < 8; i++) {
			mockMvc.perform(send(form("10.1.0.5").param("challengeAnswer", "-1"))).andExpect(status().isBadRequest());
		}
		MvcResult throttled = mockMvc.perform(send(form("10.1.0.5")))
			.andExpect(status().isTooManyRequests())
			.andReturn();
		assertThat(Jsoup.parse(throttled.getResponse().getContentAsString()).select("#throttled").text())
			.contains("thử lại sau");
		mockMvc.perform(send(form("10.1.0.6").param("title", "Từ địa chỉ khác " + UUID.randomUUID())))
			.andExpect(status().is3xxRedirection());
	}

	/**
	 * A complete, valid question from an address, with a fresh challenge answered right.
	 */
	private MockMultipartHttpServletRequestBuilder form(String address) throws Exception {
		Document page = page(get("/cong-khai/hoi-dap/gui"));
		String challenge = page.select("input[name=challengeId]").val();
		int answer = jdbc.sql("select answer from ops_question_challenge where id = ?::uuid")
			.param(challenge)
			.query(Integer.class)
			.single();
		MockMultipartHttpServletRequestBuilder form = multipart("/cong-khai/hoi-dap/gui");
		form.with(csrf()).with(from(address));
		form.param("kind", "QUESTION")
			.param("organisationId", page.select("#organisationId option:contains(Tài nguyên và Môi trường)").val())
			.param("field", "LAND")
			.param("contactName", "Lê Văn Hỏi")
			.param("phone", "0912000111")
			.param("title", "Câu hỏi thử " + UUID.randomUUID())
			.param("content", "Nội dung câu hỏi thử nghiệm")
			.param("challengeId", challenge)
			.param("challengeAnswer", String.valueOf(answer));
		return form;
	}

	/** The later value of a repeated parameter wins, so a test can change one field. */
	private static MockMultipartHttpServletRequestBuilder send(MockMultipartHttpServletRequestBuilder form) {
		return form.with(request -> {
			request.getParameterMap().forEach((name, values) -> {
				if (values.length > 1) {
					request.setParameter(name, values[values.length - 1]);
				}
			});
			return request;
		});
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private Document publicSearch(String query) throws Exception {
		return page(get("/cong-khai/hoi-dap").param("q", query));
	}

	private long count(String title) {
		return jdbc.sql("select count(*) from ops_question where title = ?").param(title).query(Long.class).single();
	}

	private long unit(String code) {
		return jdbc.sql("""
				select u.id from org_unit u join org_organisation o on o.id = u.organisation_id
				where o.code = 'STNMT' and u.code = ?""").param(code).query(Long.class).single();
	}

	private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return page(request, 200);
	}

	private Document page(org.springframework.test.web.servlet.RequestBuilder request, int expected) throws Exception {
		MvcResult result = mockMvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(expected);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
