package vn.ddcihub.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.Resource;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ddcihub.IntegrationTest;
import vn.ddcihub.execution.ExecutionFixtures;

/**
 * Every download (a page route with an extension, any handler answering a file) answers
 * exactly the roles declared for it. Every API call that changes something, as listed in
 * the OpenAPI description, refuses a unit's staff and a user of another organisation
 * before it reads the request, and so does every page form outside the user's own account
 * — so an endpoint added without an access rule fails here.
 */
class ApiAuthorizationSweepTest extends IntegrationTest {

	/**
	 * Calls a unit's staff may make: their own tokens, the read-only "what if" target
	 * check, and marking their own notifications read (another user's is not found).
	 */
	private static final Set<String> OPEN_TO_EVERY_USER = Set.of("POST /api/v1/me/tokens",
			"DELETE /api/v1/me/tokens/{id}", "POST /api/v1/editions/{year}/units/{code}/target-check",
			"POST /api/v1/notifications/{id}/read", "POST /api/v1/notifications/read-all");

	/**
	 * Calls a unit's staff make on their own unit's report (id 1 may be one); that the
	 * staff of another unit get 403 and another organisation 404 is checked by
	 * UnitReportApiTest and EvidenceFilesApiTest.
	 */
	private static final Set<String> OWN_UNIT_REPORT = Set.of("POST /api/v1/periods/{periodId}/reports",
			"PUT /api/v1/reports/{id}", "POST /api/v1/reports/{id}/submit", "POST /api/v1/reports/{id}/attachments",
			"DELETE /api/v1/reports/{id}/attachments/{attachmentId}", "POST /api/v1/operations/questions/{id}/answer");

	/**
	 * The public questions API: businesses without signing in, limited by a challenge and
	 * a rate limit per address (OpsQuestionFlowTest).
	 */
	private static final Set<String> PUBLIC_CALLS = Set.of("POST /api/v1/public/questions",
			"POST /api/v1/public/questions/challenge", "POST /api/v1/public/questions/status",
			"POST /api/v1/public/questions/rating");

	/**
	 * Calls a unit's staff make on their own unit's follow-up action of a dialogue; that
	 * another unit's staff get 403 is checked by OpsDialogueTest.
	 */
	private static final Set<String> OWN_UNIT_ACTION = Set.of("PUT /api/v1/operations/dialogues/actions/{actionId}");

	/** Calls a coordinator of another department may make for their own organisation. */
	private static final Set<String> OPEN_TO_COORDINATORS = Set.of("POST /api/v1/plans",
			"POST /api/v1/operations/dialogues", "POST /api/v1/operations/inspections",
			"POST /api/v1/operations/inspections/import", "PUT /api/v1/operations/kpis/{code}/components",
			"PUT /api/v1/operations/kpis/{code}/targets/{year}", "POST /api/v1/operations/publications");

	@Test
	void unitStaffAndOtherOrganisationsCannotChangeAnything() throws Exception {
		JsonNode paths = JsonMapper.builder()
			.build()
			.readTree(mockMvc.perform(get("/v3/api-docs").with(httpBasic("admin", DEMO_PASSWORD)))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("paths");
		List<String> allowed = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			for (String method : List.of("post", "put", "delete")) {
				JsonNode operation = path.getValue().get(method);
				if (operation == null) {
					continue;
				}
				String call = method.toUpperCase() + " " + path.getKey();
				boolean multipart = operation.at("/requestBody/content").has("multipart/form-data");
				for (String user : List.of("qldd", "sct")) {
					if (OPEN_TO_EVERY_USER.contains(call) || PUBLIC_CALLS.contains(call)
							|| (user.equals("sct") && OPEN_TO_COORDINATORS.contains(call)) || (user.equals("qldd")
									&& (OWN_UNIT_REPORT.contains(call) || OWN_UNIT_ACTION.contains(call)))) {
						continue;
					}
					int status = mockMvc
						.perform(requestFor(method, url(path.getKey()), multipart).with(httpBasic(user, DEMO_PASSWORD)))
						.andReturn()
						.getResponse()
						.getStatus();
					checked++;
					if (status != 403 && status != 404) {
						allowed.add(call + " as " + user + " → " + status);
					}
				}
			}
		}
		assertThat(checked).as("mutating API calls found in the OpenAPI description").isGreaterThan(30);
		assertThat(allowed).isEmpty();
	}

	/** Page forms a unit's staff may post: their own account and notifications. */
	private static final Set<String> OWN_ACCOUNT_FORMS = Set.of("/account/password", "/account/unit", "/account/tokens",
			"/account/tokens/{id}/revoke", "/account/notifications", "/notifications/{id}/read",
			"/notifications/read-all");

	/**
	 * Page forms a unit's staff post for their own unit's report (see
	 * {@link #OWN_UNIT_REPORT}).
	 */
	private static final Set<String> OWN_UNIT_REPORT_FORMS = Set.of("/reports/{reportId}",
			"/periods/{periodId}/units/{unitId}/report", "/operations/dialogues/actions/{actionId}",
			"/operations/questions/{id}/answer");

	/**
	 * The web survey's forms on the public portal: posted by businesses without signing
	 * in, opened by a one-time code (WebSurveyTest), so nobody's role decides.
	 */
	private static final Set<String> PUBLIC_SURVEY_FORMS = Set.of("/cong-khai/khao-sat",
			"/cong-khai/khao-sat/phieu/{number}", "/cong-khai/khao-sat/phieu/{number}/dieu-kien",
			"/cong-khai/khao-sat/thoat", "/cong-khai/hoi-dap/gui", "/cong-khai/hoi-dap/tra-cuu",
			"/cong-khai/hoi-dap/tra-cuu/danh-gia", "/cong-khai/hoi-dap/tra-cuu/tep/{fileId}");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void unitStaffCannotPostAnyManagementForm() throws Exception {
		List<String> allowed = new ArrayList<>();
		int checked = 0;
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			if (!info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/") || OWN_ACCOUNT_FORMS.contains(pattern)
						|| OWN_UNIT_REPORT_FORMS.contains(pattern) || PUBLIC_SURVEY_FORMS.contains(pattern)) {
					continue;
				}
				int status = mockMvc
					.perform(multipart(url(pattern))
						.file(new MockMultipartFile("file", "a.csv", "text/csv", new byte[0]))
						.with(httpBasic("qldd", DEMO_PASSWORD))
						.with(csrf()))
					.andReturn()
					.getResponse()
					.getStatus();
				checked++;
				if (status != 403 && status != 404) {
					allowed.add("POST " + pattern + " → " + status);
				}
			}
		}
		assertThat(checked).as("page forms found").isGreaterThan(10);
		assertThat(allowed).isEmpty();
	}

	private static final List<String> DEMO_USERS = List.of("admin", "lanhdao", "vanphong", "qldd", "ttcntt", "skhdt",
			"sct");

	private static final Set<String> EVERY_USER = Set.copyOf(DEMO_USERS);

	private static final Set<String> STNMT_AND_READERS_ACROSS = Set.of("admin", "lanhdao", "vanphong", "qldd", "ttcntt",
			"skhdt");

	private static final Set<String> CONSOLIDATED_DRAFT_READERS = Set.of("admin", "lanhdao", "vanphong", "skhdt");

	/**
	 * Who may download each file: every page route with an extension and every handler
	 * answering a file (bytes, or a {@code format} choice), with the formats it offers.
	 * The seed plan and unit belong to the STNMT department.
	 */
	private static final Map<String, Download> DOWNLOADS = Map.ofEntries(
			Map.entry("/audit.csv", new Download(List.of(""), Set.of("admin", "lanhdao"))),
			Map.entry("/api/v1/audit", new Download(List.of("json", "csv"), Set.of("admin", "lanhdao"))),
			Map.entry("/index/{year}/league.xlsx", new Download(List.of(""), EVERY_USER)),
			Map.entry("/index/{year}/league.pdf", new Download(List.of(""), EVERY_USER)),
			Map.entry("/index/{year}/units/{code}/profile.xlsx", new Download(List.of(""), EVERY_USER)),
			Map.entry("/index/{year}/units/{code}/profile.pdf", new Download(List.of(""), EVERY_USER)),
			Map.entry("/api/v1/editions/{year}/template", new Download(List.of("xlsx", "csv"), EVERY_USER)),
			Map.entry("/api/v1/plans/document-template", new Download(List.of(""), EVERY_USER)),
			// Questionnaire 1 is the illustrative 2020 one; what businesses are asked is
			// read by every signed-in user.
			Map.entry("/api/v1/questionnaires/{id}/xlsform", new Download(List.of(""), EVERY_USER)),
			Map.entry("/survey/questionnaires/{id}/xlsform.xlsx", new Download(List.of(""), EVERY_USER)),
			// A scoring run's result before it is published: whoever runs the ranking.
			Map.entry("/survey/runs/{runId}/result.xlsx", new Download(List.of(""), Set.of("admin"))),
			// The one-time codes of a sample, for whoever runs the ranking only.
			Map.entry("/api/v1/questionnaires/{id}/sample/codes.csv", new Download(List.of(""), Set.of("admin"))),
			Map.entry("/survey/questionnaires/{id}/sample/codes.csv", new Download(List.of(""), Set.of("admin"))),
			Map.entry("/api/v1/plans/{id}/document", new Download(List.of("docx", "pdf"), STNMT_AND_READERS_ACROSS)),
			Map.entry("/api/v1/plans/{id}/annex", new Download(List.of("xlsx", "docx"), STNMT_AND_READERS_ACROSS)),
			// Consolidated reports while drafts: the Office, the director, the province
			// body and ADMIN.
			Map.entry("/api/v1/reports/consolidated/{periodId}",
					new Download(List.of("", "docx", "pdf"), CONSOLIDATED_DRAFT_READERS)),
			Map.entry("/api/v1/plans/{planId}/year-report/{year}",
					new Download(List.of("", "docx", "pdf"), CONSOLIDATED_DRAFT_READERS)),
			Map.entry("/api/v1/plans/{planId}/upward-report/{year}",
					new Download(List.of("", "docx", "pdf"), CONSOLIDATED_DRAFT_READERS)),
			// evidence of a report of the seed's QLDD unit (made below): its organisation
			// and the readers across
			Map.entry("/reports/{reportId}/attachments/{attachmentId}",
					new Download(List.of(""), STNMT_AND_READERS_ACROSS)),
			Map.entry("/api/v1/reports/{id}/attachments/{attachmentId}",
					new Download(List.of(""), STNMT_AND_READERS_ACROSS)),
			// the minutes of a dialogue of the STNMT department (made below)
			Map.entry("/operations/dialogues/{id}/minutes", new Download(List.of(""), STNMT_AND_READERS_ACROSS)),
			// The public portal's downloads of a published league table (the demo's 2019
			// edition): everyone, also without signing in (PortalTest).
			Map.entry("/cong-khai/{year}/{block}/bang-xep-hang.csv", new Download(List.of(""), EVERY_USER)),
			Map.entry("/cong-khai/{year}/{block}/bang-xep-hang.xlsx", new Download(List.of(""), EVERY_USER)),
			// its questionnaire as XLSForm (the demo's survey edition, 2020: see url())
			Map.entry("/cong-khai/{year}/{block}/bang-hoi.xlsx", new Download(List.of(""), EVERY_USER)),
			// Illustrative question 1 (answered by the land management unit, with a PDF):
			// its organisation's leaders and Office, and that unit's staff.
			Map.entry("/operations/questions/{id}/files/{fileId}",
					new Download(List.of(""), Set.of("admin", "lanhdao", "vanphong", "qldd"))),
			// Publication 1 of the illustrative library: the Office of its organisation
			// and ADMIN on the back office, everyone on the portal.
			Map.entry("/operations/publications/{id}/file", new Download(List.of(""), Set.of("admin", "vanphong"))),
			Map.entry("/cong-khai/van-ban/{id}/tep", new Download(List.of(""), EVERY_USER)),
			// The dossier analytics table: each user downloads their own organisation's
			// (ADMIN and VIEWER any organisation's).
			Map.entry("/operations/dossiers/table", new Download(List.of("csv", "xlsx"), EVERY_USER)),
			// The API description and its browser, for every signed-in user.
			Map.entry("/v3/api-docs", new Download(List.of(""), EVERY_USER)),
			Map.entry("/v3/api-docs.yaml", new Download(List.of(""), EVERY_USER)),
			Map.entry("/swagger-ui.html", new Download(List.of(""), EVERY_USER)));

	record Download(List<String> formats, Set<String> allowed) {
	}

	@Test
	void everyDownloadAnswersOnlyTheRolesDeclaredForIt() throws Exception {
		String plan = String
			.valueOf(jdbc.sql("select id from plan_plan where number_symbol = '60/KH-STNMT' order by id limit 1")
				.query(Long.class)
				.single());
		String period = String.valueOf(sweepPeriod());
		String[] evidence = evidenceOfAReport();
		String run = String.valueOf(finishedScoringRun());
		String dialogue = String.valueOf(dialogueWithMinutes());
		List<String> found = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			if (!mapping.getKey().getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : mapping.getKey().getPatternValues()) {
				if (!isDownload(pattern, mapping.getValue())) {
					continue;
				}
				found.add(pattern);
				Download download = DOWNLOADS.get(pattern);
				if (download == null) {
					wrong.add("GET " + pattern + " answers a file but declares no roles in DOWNLOADS");
					continue;
				}
				for (String format : download.formats()) {
					for (String user : DEMO_USERS) {
						String address = pattern.contains("/attachments/")
								? pattern.replace("{reportId}", evidence[0])
									.replace("{id}", evidence[0])
									.replace("{attachmentId}", evidence[1])
								: pattern.endsWith("/minutes") ? pattern.replace("{id}", dialogue)
										: pattern.replace("{planId}", plan)
											.replace("{periodId}", period)
											.replace("{runId}", run);
						var call = get(url(address).replace("{id}", plan)).with(httpBasic(user, DEMO_PASSWORD));
						if (!format.isEmpty()) {
							call.param("format", format);
						}
						int status = mockMvc.perform(call).andReturn().getResponse().getStatus();
						boolean allowed = download.allowed().contains(user);
						if (allowed ? status >= 400 : status != 403 && status != 404) {
							wrong.add("GET " + pattern + (format.isEmpty() ? "" : "?format=" + format) + " as " + user
									+ " → " + status + (allowed ? ", expected an answer" : ", expected a refusal"));
						}
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(found).as("downloads found").containsExactlyInAnyOrderElementsOf(DOWNLOADS.keySet());
	}

	/** A dialogue of the STNMT department with its minutes. */
	private long dialogueWithMinutes() {
		long dialogue = jdbc.sql("""
				insert into ops_dialogue (organisation_id, held_on, chair, kind)
				select id, date '2046-03-01', 'Giám đốc Sở', 'MEETING' from org_organisation where code = 'STNMT'
				returning id""").query(Long.class).single();
		jdbc.sql("""
				insert into ops_dialogue_minutes (dialogue_id, file_name, content_type, size_bytes, content)
				values (?, 'bien-ban.pdf', 'application/pdf', 3, '\\x255044'::bytea)""").param(dialogue).update();
		return dialogue;
	}

	/**
	 * A finished scoring run of the illustrative questionnaire, its result as the job
	 * stores it (one component, no unit), whose workbook is downloaded.
	 */
	private long finishedScoringRun() {
		return jdbc
			.sql("""
					insert into survey_scoring_run (questionnaire_id, parameters, seed, status, progress, created_by, result)
					select id, '{}', 1, 'DONE', 100, 'admin', ?::json from survey_questionnaire
					where year = 2020 and block = 'DEPARTMENT' returning id""")
			.param("""
					{"componentCodes": ["C1"], "indicatorCodes": ["C1.1"], "replicates": 1, "sensitivityRuns": 1,
					 "units": [], "componentMedians": [null], "totalMedian": null, "treated": [], "anchors": null,
					 "unknownUnits": 0}""")
			.query(Long.class)
			.single();
	}

	/**
	 * A monthly period of the STNMT department on a plan of this test's own (year 2046),
	 * so the seed plan's task states stay as they are.
	 */
	private long sweepPeriod() {
		ExecutionFixtures fixtures = new ExecutionFixtures(jdbc);
		long organisation = fixtures.organisationId("STNMT");
		long plan = jdbc
			.sql("""
					insert into plan_plan (organisation_id, number_symbol, place, issued_on, issuer, title, year, baseline_year, target_year,
					    signer_title, signer_name)
					values (?, 'SWEEP/KH-2046', 'Lạng Sơn', date '2046-01-15', 'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'Kế hoạch của phép thử quyền tải tệp',
					    2046, 2019, 2046, 'GIÁM ĐỐC', 'Bùi Văn Côi')
					returning id""")
			.param(organisation)
			.query(Long.class)
			.single();
		return fixtures.monthlyPeriod(fixtures.monthlyLine(plan, 2046, 25), 2046, 11, 25);
	}

	/**
	 * A report of QLDD (in 2040, a year no other test uses) with one PDF: its id and the
	 * attachment's.
	 */
	private String[] evidenceOfAReport() {
		vn.ddcihub.execution.ExecutionFixtures fixtures = new vn.ddcihub.execution.ExecutionFixtures(jdbc);
		long line = fixtures.monthlyLine(fixtures.seedPlanId(), 2040, 25);
		long report = fixtures.report(fixtures.monthlyPeriod(line, 2040, 12, 25), fixtures.unitId("STNMT", "QLDD"),
				vn.ddcihub.execution.ReportStatus.DRAFT);
		byte[] pdf = "%PDF-1.4 sweep\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		String sha = "0".repeat(63) + "1";
		jdbc.sql(
				"insert into execution_file (sha256, media_type, size_bytes, content) values (?, 'application/pdf', ?, ?) on conflict do nothing")
			.params(sha, pdf.length, pdf)
			.update();
		long attachment = jdbc.sql(
				"insert into execution_attachment (report_id, file_sha256, file_name, uploaded_by) values (?, ?, 'minh-chung.pdf', 'qldd') returning id")
			.params(report, sha)
			.query(Long.class)
			.single();
		return new String[] { String.valueOf(report), String.valueOf(attachment) };
	}

	/**
	 * A file by its address (an extension in the last segment), its answer (bytes) or its
	 * {@code format} parameter.
	 */
	private static boolean isDownload(String pattern, HandlerMethod handler) {
		String last = pattern.substring(pattern.lastIndexOf('/') + 1);
		boolean extension = last.contains(".") && !last.startsWith("{");
		ResolvableType answer = ResolvableType.forMethodReturnType(handler.getMethod());
		boolean bytes = answer.resolve() == byte[].class || answer.resolveGeneric(0) == byte[].class
				|| Resource.class.isAssignableFrom(answer.toClass())
				|| Resource.class.isAssignableFrom(answer.getGeneric(0).toClass());
		boolean formats = Arrays.stream(handler.getMethodParameters()).anyMatch(parameter -> {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			return param != null && "format".equals(param.name().isEmpty() ? param.value() : param.name())
					|| param != null && param.name().isEmpty() && param.value().isEmpty()
							&& "format".equals(parameter.getParameter().getName());
		});
		return extension || bytes || formats;
	}

	private static AbstractMockHttpServletRequestBuilder<?> requestFor(String method, String url, boolean multipart) {
		if (multipart) {
			return multipart(url)
				.file(new MockMultipartFile("file", "ket-qua.csv", "text/csv", "unit_code\n".getBytes()));
		}
		return request(HttpMethod.valueOf(method.toUpperCase()), url).contentType(MediaType.APPLICATION_JSON)
			.content("{}");
	}

	private static String url(String template) {
		// only the demo's 2020 edition was scored from a questionnaire
		String year = template.contains("/bang-hoi") ? "2020" : "2019";
		return template.replace("{year}", year)
			.replace("{block}", "DEPARTMENT")
			.replace("{code}", "STNMT")
			.replace("{rev}", "1")
			.replaceAll("\\{[a-zA-Z]*[iI]d\\}", "1");
	}

}
