package vn.ddcihub.operations.dossier;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.Role;

/**
 * Demo organisations and users, files and waiting for an import's job, for the dossier
 * tests.
 */
final class DossierFixtures {

	static final String HEADER = "Mã hồ sơ,Mã thủ tục,Tên thủ tục,Lĩnh vực,Đơn vị xử lý,Kênh tiếp nhận,Ngày tiếp nhận,"
			+ "Ngày hẹn trả,Ngày trả kết quả,Trạng thái,Phiếu xin lỗi\n";

	private DossierFixtures() {
	}

	static long organisation(JdbcClient jdbc, String code) {
		return jdbc.sql("select id from org_organisation where code = ?").param(code).query(Long.class).single();
	}

	static CurrentUser user(JdbcClient jdbc, String username, Role role) {
		return jdbc.sql("select id, display_name, organisation_id, unit_id from org_user where username = ?")
			.param(username)
			.query((rs, i) -> new CurrentUser(rs.getLong(1), username, rs.getString(2), rs.getLong(3),
					rs.getObject(4, Long.class), Set.of(role), "", true))
			.single();
	}

	static MockMultipartFile csv(String name, String content) {
		return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}

	/** Waits (at most a minute) until the import's job has finished. */
	static DossierImport finished(DossierImports imports, long id) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		DossierImport upload = imports.get(id);
		while (!upload.status().finished() && System.nanoTime() < until) {
			Thread.sleep(100);
			upload = imports.get(id);
		}
		return upload;
	}

}
