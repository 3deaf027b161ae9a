package vn.ddcihub.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Evidence files through the API: the type comes from the content and must match the
 * name, the same content is stored once, a download answers the right type and name.
 */
class EvidenceFilesApiTest extends ReportApiTestSupport {

	@Test
	void anExeRenamedPdfIsRefusedNamingTheFileAndTheRule() throws Exception {
		long id = start(period(2037, 1), "QLDD", "qldd");
		byte[] exe = new byte[4096];
		exe[0] = 'M';
		exe[1] = 'Z';
		MockHttpServletResponse refused = attach(id, "qldd", "bao-cao.pdf", exe, null);
		assertThat(refused.getStatus()).isEqualTo(400);
		String message = read(refused).get("problems").get(0).get("message").asString();
		assertThat(message).contains("bao-cao.pdf").contains("chỉ nhận PDF, DOCX, XLSX, JPG, PNG");
		assertThat(jdbc.sql("select count(*) from execution_attachment where report_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aWordFileNamedPdfIsRefusedAsAMismatch() throws Exception {
		long id = start(period(2037, 2), "QLDD", "qldd");
		MockHttpServletResponse refused = attach(id, "qldd", "bien-ban.pdf", officePackage("word/document.xml"), null);
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(read(refused).get("problems").get(0).get("message").asString()).contains("bien-ban.pdf")
			.contains(".pdf")
			.contains("DOCX");
		assertThat(attach(id, "qldd", "bien-ban.docx", officePackage("word/document.xml"), null).getStatus())
			.isEqualTo(201);
		assertThat(attach(id, "qldd", "so-lieu.xlsx", officePackage("xl/workbook.xml"), null).getStatus())
			.isEqualTo(201);
		assertThat(attach(id, "qldd", "la.zip.docx", officePackage("other/file.txt"), null).getStatus()).isEqualTo(400);
	}

	@Test
	void theSameUploadTwiceIsStoredOnce() throws Exception {
		long period = period(2037, 3);
		long first = start(period, "QLDD", "qldd");
		long second = start(period, "TTCNTT", "ttcntt");
		byte[] pdf = (new String(PDF, StandardCharsets.US_ASCII) + "% unique 2037-03\n")
			.getBytes(StandardCharsets.US_ASCII);
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
		long a = read(attach(first, "qldd", "minh-chung.pdf", pdf, null)).get("id").asLong();
		long again = read(attach(first, "qldd", "minh-chung (1).pdf", pdf, null)).get("id").asLong();
		long b = read(attach(second, "ttcntt", "cung-tep.pdf", pdf, null)).get("id").asLong();
		assertThat(again).isEqualTo(a);
		assertThat(b).isNotEqualTo(a);
		assertThat(
				jdbc.sql("select count(*) from execution_file where sha256 = ?").param(sha).query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from execution_attachment where file_sha256 = ?")
			.param(sha)
			.query(Long.class)
			.single()).isEqualTo(2);
		// removing one attachment keeps the file the other report still holds
		assertThat(call(delete("/api/v1/reports/" + first + "/attachments/" + a), "qldd").getStatus()).isEqualTo(204);
		assertThat(
				jdbc.sql("select count(*) from execution_file where sha256 = ?").param(sha).query(Long.class).single())
			.isEqualTo(1);
		assertThat(call(delete("/api/v1/reports/" + second + "/attachments/" + b), "ttcntt").getStatus())
			.isEqualTo(204);
		assertThat(
				jdbc.sql("select count(*) from execution_file where sha256 = ?").param(sha).query(Long.class).single())
			.isZero();
	}

	@Test
	void aDownloadHasTheTypeTheUtf8NameAndNoSniffing() throws Exception {
		long id = start(period(2037, 4), "QLDD", "qldd");
		byte[] png = new byte[3 * 1024 * 1024 + 17];
		new java.util.Random(7).nextBytes(png);
		System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }, 0, png, 0, 8);
		JsonNode attached = read(attach(id, "qldd", "Ảnh hiện trường.png", png, null));
		MockHttpServletResponse download = call(
				get("/api/v1/reports/" + id + "/attachments/" + attached.get("id").asLong()), "ttcntt");
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType()).isEqualTo("image/png");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment")
			.contains("filename*=UTF-8''%E1%BA%A2nh%20hi%E1%BB%87n%20tr%C6%B0%E1%BB%9Dng.png");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		// read back in chunks, byte for byte
		assertThat(download.getContentAsByteArray()).isEqualTo(png);
		MockHttpServletResponse page = call(get("/reports/" + id + "/attachments/" + attached.get("id").asLong()),
				"qldd");
		assertThat(page.getContentAsByteArray()).isEqualTo(png);
		assertThat(
				call(get("/api/v1/reports/" + id + "/attachments/" + attached.get("id").asLong()), "sct").getStatus())
			.isEqualTo(404);
	}

	@Test
	void anOversizedFileIsRefusedByNameWithoutReadingIt() throws Exception {
		long id = start(period(2037, 5), "QLDD", "qldd");
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/api/v1/reports/" + id + "/attachments");
		request.with(r -> {
			((org.springframework.mock.web.MockMultipartHttpServletRequest) r)
				.addFile(new GeneratedFile("file", "ban-do-50MB.pdf", 50L * 1024 * 1024));
			return r;
		});
		MockHttpServletResponse refused = call(request, "qldd");
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(read(refused).get("problems").get(0).get("message").asString()).contains("ban-do-50MB.pdf")
			.contains("50,0 MB")
			.contains("20 MB");
	}

	static byte[] officePackage(String part) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry(part));
			zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

}
