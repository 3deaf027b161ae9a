package vn.ddcihub.org.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.AuditTrail.Action;
import vn.ddcihub.org.OrganisationKind;
import vn.ddcihub.org.Role;

/**
 * First start: the demo organisations, units and accounts (when demo data is on), or a
 * single administrator whose password comes from DDCI_ADMIN_PASSWORD or is generated and
 * printed once.
 */
@Component
@Order(10)
public class OrgBootstrap implements ApplicationRunner {

	static final String DEMO_PASSWORD = "demo123";

	private static final Logger log = LoggerFactory.getLogger(OrgBootstrap.class);

	private final OrgRepository organisations;

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AuditTrail audit;

	private final boolean demo;

	private final String adminPassword;

	OrgBootstrap(OrgRepository organisations, UserRepository users, PasswordEncoder passwordEncoder, AuditTrail audit,
			@Value("${ddci.demo:true}") boolean demo, @Value("${ddci.admin-password:}") String adminPassword) {
		this.organisations = organisations;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.demo = demo;
		this.adminPassword = adminPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (users.anyAdmin()) {
			return;
		}
		if (demo) {
			loadDemo();
		}
		else {
			createFirstAdmin();
		}
	}

	private void createFirstAdmin() {
		boolean generated = adminPassword.isBlank();
		String password = generated ? randomPassword() : adminPassword;
		long id = users.insert(
				new UserForm("admin", "Quản trị hệ thống", null, null, null, Set.of(Role.ADMIN), true, null),
				passwordEncoder.encode(password));
		audit.record(OrgAuditKind.USER, id, Action.CREATE, null, users.account(id).orElseThrow(), null);
		if (generated) {
			log.warn("""

					==================================================================
					 DDCI Hub: tài khoản quản trị đầu tiên / first administrator
					   user: admin   password: {}
					 Hãy đổi mật khẩu ngay sau khi đăng nhập. Change it after signing in.
					==================================================================""", password);
		}
	}

	private void loadDemo() {
		long stnmt = organisation("STNMT", "Sở Tài nguyên và Môi trường tỉnh Lạng Sơn", "Sở TN&MT",
				OrganisationKind.DEPARTMENT);
		List<String[]> units = List.of(new String[] { "BLD", "Ban Lãnh đạo Sở" }, new String[] { "VP", "Văn phòng Sở" },
				new String[] { "TTCNTT", "Trung tâm Công nghệ thông tin Tài nguyên và Môi trường" },
				new String[] { "CCBVMT", "Chi cục Bảo vệ Môi trường" },
				new String[] { "VPDKDD", "Văn phòng Đăng ký đất đai" },
				new String[] { "QLDD", "Phòng Quản lý đất đai" },
				new String[] { "TNNKS", "Phòng Quản lý Tài nguyên nước và Khoáng sản" },
				new String[] { "TTS", "Thanh tra Sở" }, new String[] { "KHTC", "Phòng Kế hoạch – Tài chính" });
		int order = 0;
		for (String[] unit : units) {
			unit(stnmt, unit[0], unit[1], order++);
		}
		long ubnd = organisation("UBND", "Ủy ban nhân dân tỉnh Lạng Sơn", "UBND tỉnh", OrganisationKind.PROVINCE_BODY);
		unit(ubnd, "VPUBND", "Văn phòng UBND tỉnh", 0);
		long skhdt = organisation("SKHDT", "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn", "Sở KH&ĐT",
				OrganisationKind.PROVINCE_BODY);
		unit(skhdt, "DNKTTT", "Phòng Doanh nghiệp, Kinh tế tập thể và tư nhân", 0);
		long hhdn = organisation("HHDN", "Hiệp hội Doanh nghiệp tỉnh Lạng Sơn", "Hiệp hội DN",
				OrganisationKind.ASSOCIATION);
		unit(hhdn, "VPHH", "Văn phòng Hiệp hội", 0);
		long ttt = organisation("TTT", "Thanh tra tỉnh Lạng Sơn", "Thanh tra tỉnh", OrganisationKind.PROVINCE_BODY);
		unit(ttt, "VPTTT", "Văn phòng Thanh tra tỉnh", 0);
		long sct = organisation("SCT", "Sở Công Thương tỉnh Lạng Sơn", "Sở Công Thương", OrganisationKind.DEPARTMENT);
		unit(sct, "VP", "Văn phòng Sở", 0);

		user("admin", "Quản trị hệ thống", null, null, Role.ADMIN);
		user("lanhdao", "Nguyễn Văn Lãnh (Lãnh đạo Sở)", stnmt, "BLD", Role.LEADER);
		user("vanphong", "Trần Thị Phương (Văn phòng Sở)", stnmt, "VP", Role.COORDINATOR);
		user("qldd", "Hoàng Văn Đức (Phòng Quản lý đất đai)", stnmt, "QLDD", Role.UNIT_STAFF);
		user("ttcntt", "Lê Thị Thu (Trung tâm CNTT)", stnmt, "TTCNTT", Role.UNIT_STAFF);
		user("skhdt", "Phạm Minh Khoa (Sở KH&ĐT)", skhdt, "DNKTTT", Role.VIEWER);
		user("ubnd", "Đỗ Thị Hương (Văn phòng UBND tỉnh)", ubnd, "VPUBND", Role.VIEWER);
		user("sct", "Vũ Thị Hà (Sở Công Thương)", sct, "VP", Role.COORDINATOR);
		log.info("Loaded the demo organisations, units and accounts (password {})", DEMO_PASSWORD);
	}

	private long organisation(String code, String name, String shortName, OrganisationKind kind) {
		long id = organisations.insert(new OrganisationForm(code, name, shortName, kind, "UBND tỉnh Lạng Sơn", true));
		audit.record(OrgAuditKind.ORGANISATION, id, Action.CREATE, null, organisations.organisation(id).orElseThrow(),
				id);
		return id;
	}

	private void unit(long organisationId, String code, String name, int order) {
		long id = organisations.insert(new UnitForm(organisationId, null, code, name, null, null, null, order, true));
		audit.record(OrgAuditKind.UNIT, id, Action.CREATE, null, organisations.unit(id).orElseThrow(), organisationId);
	}

	private void user(String username, String displayName, Long organisationId, String unitCode, Role role) {
		Long unitId = unitCode == null ? null : organisations.unitByCode(organisationId, unitCode).orElseThrow().id();
		String password = role == Role.ADMIN && !adminPassword.isBlank() ? adminPassword : DEMO_PASSWORD;
		long id = users.insert(
				new UserForm(username, displayName, null, organisationId, unitId, Set.of(role), true, null),
				passwordEncoder.encode(password));
		audit.record(OrgAuditKind.USER, id, Action.CREATE, null, users.account(id).orElseThrow(), organisationId);
	}

	private static String randomPassword() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
