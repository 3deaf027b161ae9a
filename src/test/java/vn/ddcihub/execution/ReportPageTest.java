package vn.ddcihub.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockMultipartHttpServletRequest;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The report page: one form of text and files, where a refused file or a missing
 * explanation costs nothing typed — the text is saved or shown again — and a locked,
 * stale or foreign report is refused with a clear message.
 */
class ReportPageTest extends ReportApiTestSupport {

	@Test
	void aMissingExplanationIsShownBesideItsFieldAndTheTextIsSaved() throws Exception {
		long id = start(period(2038, 1), "QLDD", "qldd");
		JsonNode report = report(id, "qldd");
		long task = tasks(report, "LEAD").get(0);
		Map<String, String> form = form(report);
		form.put("status_" + task, "BLOCKED");
		form.put("results_" + task, "Đã làm việc với UBND huyện Cao Lộc");
		form.put("action", "submit");
		MockHttpServletResponse page = postForm(id, form, "qldd");
		assertThat(page.getStatus()).isEqualTo(200);
		String html = page.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("error-summary")
			.contains("cần giải trình vì tình trạng là Có vướng mắc")
			.contains("id=\"explanation_" + task + "-error\"")
			.contains("Đã làm việc với UBND huyện Cao Lộc");
		JsonNode saved = report(id, "qldd");
		assertThat(saved.get("status").asString()).isEqualTo("DRAFT");
		assertThat(entry(saved, task).get("results").asString()).isEqualTo("Đã làm việc với UBND huyện Cao Lộc");
		assertThat(entry(saved, task).get("status").asString()).isEqualTo("BLOCKED");
	}

	@Test
	void aFiftyMegabyteFileAndAnExeRenamedPdfAreRefusedByNameAndTheTextIsKept() throws Exception {
		long id = start(period(2038, 2), "QLDD", "qldd");
		JsonNode report = report(id, "qldd");
		long task = tasks(report, "LEAD").get(0);
		Map<String, String> form = form(report);
		form.put("results_" + task, "Kết quả gõ cùng lúc với tệp lớn");
		form.put("figureLabel_" + task + "_0", "Hồ sơ trả quá hạn");
		form.put("figureValue_" + task + "_0", "2,5");
		byte[] exe = new byte[2048];
		exe[0] = 'M';
		exe[1] = 'Z';
		MockMultipartHttpServletRequestBuilder request = multipart("/reports/" + id);
		request.file(new MockMultipartFile("files_" + task, "chuong-trinh.pdf", "application/pdf", exe));
		request.with(r -> {
			((MockMultipartHttpServletRequest) r)
				.addFile(new GeneratedFile("files_" + task, "anh-50MB.pdf", 50L * 1024 * 1024));
			return r;
		});
		form.forEach(request::param);
		MockHttpServletResponse page = call(request.with(csrf()), "qldd");
		assertThat(page.getStatus()).isEqualTo(200);
		String html = page.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Tệp “anh-50MB.pdf” có 50,0 MB, vượt giới hạn 20 MB mỗi tệp minh chứng")
			.contains("Tệp “chuong-trinh.pdf” không được nhận: chỉ nhận PDF, DOCX, XLSX, JPG, PNG")
			.contains("Kết quả gõ cùng lúc với tệp lớn");
		JsonNode saved = report(id, "qldd");
		assertThat(entry(saved, task).get("results").asString()).isEqualTo("Kết quả gõ cùng lúc với tệp lớn");
		assertThat(entry(saved, task).get("figures").get(0).get("value").decimalValue()).isEqualByComparingTo("2.5");
		assertThat(entry(saved, task).get("attachments")).isEmpty();
	}

	@Test
	void aGoodFileIsAttachedWithTheTextAndCanBeRemoved() throws Exception {
		long id = start(period(2038, 3), "QLDD", "qldd");
		JsonNode report = report(id, "qldd");
		long task = tasks(report, "LEAD").get(0);
		MockMultipartHttpServletRequestBuilder request = multipart("/reports/" + id);
		request.file(new MockMultipartFile("files_" + task, "Biên bản.pdf", "application/pdf", PDF));
		form(report).forEach(request::param);
		MockHttpServletResponse saved = call(request.with(csrf()), "qldd");
		assertThat(saved.getStatus()).isEqualTo(302);
		JsonNode attachment = entry(report(id, "qldd"), task).get("attachments").get(0);
		assertThat(attachment.get("fileName").asString()).isEqualTo("Biên bản.pdf");
		String html = call(get("/reports/" + id), "qldd").getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("/reports/" + id + "/attachments/" + attachment.get("id").asLong())
			.contains("tối đa 20 MB mỗi tệp");
		Map<String, String> remove = form(report(id, "qldd"));
		remove.put("deleteAttachment", String.valueOf(attachment.get("id").asLong()));
		assertThat(postForm(id, remove, "qldd").getStatus()).isEqualTo(302);
		assertThat(entry(report(id, "qldd"), task).get("attachments")).isEmpty();
	}

	@Test
	void aStaleSaveIsRefusedWith409AndTheTypedTextStays() throws Exception {
		long id = start(period(2038, 4), "QLDD", "qldd");
		JsonNode report = report(id, "qldd");
		long task = tasks(report, "LEAD").get(0);
		Map<String, String> first = form(report);
		first.put("results_" + task, "Lần lưu của Văn phòng");
		assertThat(postForm(id, first, "vanphong").getStatus()).isEqualTo(302);
		Map<String, String> stale = form(report);
		stale.put("results_" + task, "Lần lưu muộn của đơn vị");
		MockHttpServletResponse page = postForm(id, stale, "qldd");
		assertThat(page.getStatus()).isEqualTo(409);
		assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("người khác lưu")
			.contains("Lần lưu muộn của đơn vị");
		assertThat(entry(report(id, "qldd"), task).get("results").asString()).isEqualTo("Lần lưu của Văn phòng");
	}

	@Test
	void theReviewerReturnsWithACommentTheUnitSeesItAndAnAcceptedReportIsReadOnly() throws Exception {
		long id = start(period(2038, 5), "QLDD", "qldd");
		Map<String, String> form = form(report(id, "qldd"));
		form.put("action", "submit");
		assertThat(postForm(id, form, "qldd").getStatus()).isEqualTo(302);
		MockHttpServletResponse noComment = call(
				post("/reports/" + id + "/review").param("decision", "return").with(csrf()), "vanphong");
		assertThat(noComment.getContentAsString(StandardCharsets.UTF_8)).contains("Hãy nhập ý kiến");
		assertThat(call(post("/reports/" + id + "/review").param("decision", "return")
			.param("comment", "Thiếu minh chứng cho kết quả")
			.with(csrf()), "vanphong").getStatus()).isEqualTo(302);
		String returned = call(get("/reports/" + id), "qldd").getContentAsString(StandardCharsets.UTF_8);
		assertThat(returned).contains("Văn phòng đã trả lại báo cáo")
			.contains("Thiếu minh chứng cho kết quả")
			.contains("id=\"report-form\"");

		form = form(report(id, "qldd"));
		form.put("action", "submit");
		assertThat(postForm(id, form, "qldd").getStatus()).isEqualTo(302);
		assertThat(call(post("/reports/" + id + "/review").param("decision", "accept").with(csrf()), "vanphong")
			.getStatus()).isEqualTo(302);
		String accepted = call(get("/reports/" + id), "qldd").getContentAsString(StandardCharsets.UTF_8);
		assertThat(accepted).contains("Báo cáo đã được chấp nhận").doesNotContain("id=\"report-form\"");
		MockHttpServletResponse edit = postForm(id, form(report(id, "qldd")), "qldd");
		assertThat(edit.getStatus()).isEqualTo(409);
		assertThat(edit.getContentAsString(StandardCharsets.UTF_8)).contains("đã khóa");
		String timeline = call(get("/reports/" + id), "vanphong").getContentAsString(StandardCharsets.UTF_8);
		assertThat(timeline).contains("id=\"report-timeline\"").contains("trả lại").contains("chấp nhận");
	}

	@Test
	void anotherUnitReadsWithoutAFormAndAnotherOrganisationGetsNotFound() throws Exception {
		long period = period(2038, 6);
		long id = start(period, "QLDD", "qldd");
		String other = call(get("/reports/" + id), "ttcntt").getContentAsString(StandardCharsets.UTF_8);
		assertThat(other).contains("Bạn chỉ được xem báo cáo này").doesNotContain("id=\"report-form\"");
		assertThat(postForm(id, form(report(id, "qldd")), "ttcntt").getStatus()).isEqualTo(403);
		assertThat(call(get("/reports/" + id), "sct").getStatus()).isEqualTo(404);
		assertThat(call(post("/periods/" + period + "/units/" + unit("QLDD") + "/report").with(csrf()), "ttcntt")
			.getStatus()).isEqualTo(403);
		MockHttpServletResponse opened = call(
				post("/periods/" + period + "/units/" + unit("QLDD") + "/report").with(csrf()), "qldd");
		assertThat(opened.getRedirectedUrl()).isEqualTo("/reports/" + id);
	}

	@Test
	void aLeaderCommentsFromThePage() throws Exception {
		long id = start(period(2038, 7), "QLDD", "qldd");
		long task = tasks(report(id, "qldd"), "LEAD").get(0);
		MockHttpServletResponse blank = call(post("/reports/" + id + "/comments").param("taskId", String.valueOf(task))
			.param("body", "")
			.with(csrf()), "lanhdao");
		assertThat(blank.getContentAsString(StandardCharsets.UTF_8)).contains("Hãy nhập ý kiến");
		assertThat(call(post("/reports/" + id + "/comments").param("taskId", String.valueOf(task))
			.param("body", "Phối hợp với Trung tâm CNTT để số hóa")
			.with(csrf()), "lanhdao").getStatus()).isEqualTo(302);
		assertThat(call(get("/reports/" + id), "qldd").getContentAsString(StandardCharsets.UTF_8))
			.contains("Phối hợp với Trung tâm CNTT để số hóa");
	}

	private MockHttpServletResponse postForm(long id, Map<String, String> form, String user) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/reports/" + id);
		form.forEach(request::param);
		return call(request.with(csrf()), user);
	}

	/** Every field of the page as stored: what a browser sends back unchanged. */
	static Map<String, String> form(JsonNode report) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("version", report.get("version").asString());
		for (JsonNode section : report.get("sections")) {
			for (JsonNode entry : section.get("entries")) {
				long task = entry.get("taskId").asLong();
				form.put("status_" + task, entry.get("status").asString());
				form.put("progress_" + task, entry.get("progress").asString());
				for (String text : new String[] { "results", "difficulties", "proposals", "explanation" }) {
					form.put(text + "_" + task, entry.get(text).asString());
				}
			}
		}
		return form;
	}

	static JsonNode entry(JsonNode report, long task) {
		for (JsonNode section : report.get("sections")) {
			for (JsonNode entry : section.get("entries")) {
				if (entry.get("taskId").asLong() == task) {
					return entry;
				}
			}
		}
		throw new AssertionError("no entry for task " + task);
	}

}
