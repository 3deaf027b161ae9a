package vn.ddcihub.operations.inspection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ddcihub.org.OrgDirectory;

/**
 * An illustrative 2020 inspection plan of the STNMT department (when
 * {@code ddci.demo=true}, once): twenty inspections by the Inspectorate and the
 * specialised units, two unscheduled, one business planned twice by two units — which
 * triggers the Directive 20/CT-TTg warning — and a smaller 2019 plan for the year-on-year
 * change. Marked illustrative.
 */
@Component
@Order(50)
class InspectionDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InspectionDemoData.class);

	/**
	 * Business, tax code, topic, month, lead unit, kind (P/U), status (D done, P planned,
	 * C cancelled).
	 */
	private static final List<String[]> PLAN_2020 = List.of(
			row("Công ty CP Khoáng sản Lạng Sơn", "4900678905", "Chấp hành quy định về khai thác khoáng sản", 3, "TTS",
					"P", "D"),
			row("Công ty TNHH Nước sạch Cao Lộc", "4900789016", "Khai thác, sử dụng nước dưới đất", 3, "TNNKS", "P",
					"D"),
			row("Công ty CP Gạch Tuynel Lạng Sơn", "4900890127", "Bảo vệ môi trường tại cơ sở sản xuất gạch", 4,
					"CCBVMT", "P", "D"),
			row("Công ty TNHH Vật liệu xây dựng Hữu Lũng", "4900234561",
					"Khai thác đá làm vật liệu xây dựng thông thường", 4, "TTS", "P", "D"),
			row("Công ty CP Xi măng Đồng Bành", "4900901238", "Quan trắc môi trường định kỳ", 5, "CCBVMT", "P", "D"),
			row("Công ty TNHH Chế biến nông sản Đình Lập", "4900112349", "Xả nước thải vào nguồn nước", 5, "TNNKS", "P",
					"D"),
			row("Công ty CP Đầu tư Xây dựng Đồng Đăng", "4900345672", "Sử dụng đất được Nhà nước cho thuê", 6, "QLDD",
					"P", "D"),
			row("Công ty TNHH Thương mại Tân Thanh", "4900456783", "Sử dụng đất tại khu kinh tế cửa khẩu", 6, "TTS",
					"P", "C"),
			row("Công ty CP Thủy điện Bắc Giang Lạng Sơn", "4900223450", "Vận hành hồ chứa theo quy trình", 7, "TNNKS",
					"P", "D"),
			row("Công ty TNHH Khai thác cát sỏi Kỳ Lừa", "4900334561", "Khai thác cát, sỏi lòng sông", 7, "TTS", "U",
					"D"),
			row("Công ty TNHH Lâm sản Văn Quan", "4900445672", "Bảo vệ môi trường trong chế biến lâm sản", 8, "CCBVMT",
					"P", "D"),
			row("Công ty CP Khoáng sản Lạng Sơn", "4900678905", "Ký quỹ cải tạo, phục hồi môi trường", 9, "CCBVMT", "P",
					"P"),
			row("Hợp tác xã Nông nghiệp Bắc Sơn", "4900567894", "Sử dụng đất nông nghiệp", 9, "QLDD", "P", "D"),
			row("Công ty CP Chăn nuôi Chi Lăng", "4900556783", "Xử lý chất thải chăn nuôi", 9, "CCBVMT", "U", "D"),
			row("Công ty TNHH Đá xây dựng Lộc Bình", "4900667894", "Khai thác khoáng sản theo giấy phép", 10, "TTS",
					"P", "P"),
			row("Công ty CP Nước khoáng Tràng Định", "4900778905", "Khai thác nước khoáng", 10, "TNNKS", "P", "P"),
			row("Công ty TNHH Bất động sản Phai Vệ", "4900889016", "Chuyển mục đích sử dụng đất", 11, "QLDD", "P", "P"),
			row("Công ty CP Môi trường đô thị Lạng Sơn", "4900990127", "Thu gom, xử lý chất thải rắn", 11, "CCBVMT",
					"P", "P"),
			row("Công ty TNHH Vận tải Hoàng Đồng", "4900101238", "Đánh giá tác động môi trường bãi xe", 12, "CCBVMT",
					"P", "P"),
			row("Công ty CP Khai khoáng Na Dương", "4900212349", "Khai thác than và hoàn thổ", 12, "TTS", "P", "P"));

	private static final List<String[]> PLAN_2019 = List.of(
			row("Công ty CP Khoáng sản Lạng Sơn", "4900678905", "Khai thác khoáng sản", 4, "TTS", "P", "D"),
			row("Công ty CP Khoáng sản Lạng Sơn", "4900678905", "Bảo vệ môi trường mỏ", 8, "CCBVMT", "P", "D"),
			row("Công ty TNHH Nước sạch Cao Lộc", "4900789016", "Khai thác nước mặt", 5, "TNNKS", "P", "D"),
			row("Công ty CP Gạch Tuynel Lạng Sơn", "4900890127", "Khí thải lò nung", 6, "CCBVMT", "P", "D"),
			row("Công ty TNHH Khai thác cát sỏi Kỳ Lừa", "4900334561", "Khai thác cát, sỏi", 9, "TTS", "P", "D"),
			row("Công ty TNHH Khai thác cát sỏi Kỳ Lừa", "4900334561", "Sử dụng đất bãi tập kết", 11, "QLDD", "P",
					"D"));

	private final boolean demo;

	private final Inspections inspections;

	private final OrgDirectory directory;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	InspectionDemoData(@Value("${ddci.demo:true}") boolean demo, Inspections inspections, OrgDirectory directory,
			JdbcClient jdbc, TransactionTemplate transactions) {
		this.demo = demo;
		this.inspections = inspections;
		this.directory = directory;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo) {
			return;
		}
		directory.organisationByCode("STNMT").ifPresent(stnmt -> {
			boolean loaded = jdbc
				.sql("select exists (select 1 from ops_inspection where organisation_id = ? and illustrative)")
				.param(stnmt.id())
				.query(Boolean.class)
				.single();
			if (!loaded) {
				transactions.executeWithoutResult(status -> {
					load(stnmt.id(), 2019, PLAN_2019);
					load(stnmt.id(), 2020, PLAN_2020);
				});
				log.info("Demo inspection plans of STNMT loaded (illustrative)");
			}
		});
	}

	private void load(long organisationId, int year, List<String[]> plan) {
		Map<String, Long> units = new HashMap<>();
		directory.units(organisationId).forEach(u -> units.put(u.code(), u.id()));
		for (String[] r : plan) {
			boolean unscheduled = r[5].equals("U");
			InspectionStatus status = switch (r[6]) {
				case "D" -> InspectionStatus.DONE;
				case "C" -> InspectionStatus.CANCELLED;
				default -> InspectionStatus.PLANNED;
			};
			List<Long> coordinating = r[4].equals("TTS") ? List.of() : List.of(units.get("TTS"));
			inspections.insert(organisationId,
					new InspectionInput(year, r[0], r[1], r[2], Integer.valueOf(r[3]), units.get(r[4]), coordinating,
							unscheduled ? InspectionKind.UNSCHEDULED : InspectionKind.PLANNED,
							unscheduled ? "Điều 50 Luật Thanh tra 2010; đơn phản ánh của người dân (minh họa)" : "",
							unscheduled ? "Phản ánh về khai thác, xả thải vượt phạm vi cho phép (minh họa)" : "",
							status, false),
					true);
		}
	}

	private static String[] row(String business, String taxCode, String topic, int month, String unit, String kind,
			String status) {
		return new String[] { business, taxCode, topic, String.valueOf(month), unit, kind, status };
	}

}
