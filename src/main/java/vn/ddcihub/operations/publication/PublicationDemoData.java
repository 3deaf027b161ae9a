package vn.ddcihub.operations.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ddcihub.operations.common.DemoPdf;
import vn.ddcihub.operations.common.OpsField;
import vn.ddcihub.operations.common.OpsFiles;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Organisation;
import vn.ddcihub.shared.FileKind;
import vn.ddcihub.shared.VietnamTime;

/**
 * Fifteen illustrative documents of the STNMT department's public library (when
 * {@code ddci.demo=true}, once, after the questions): plans, procedures, fees and legal
 * documents, each with a one-page PDF, issued over the last two years.
 */
@Component
@Order(63)
class PublicationDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PublicationDemoData.class);

	private record Doc(PublicationType type, OpsField field, String number, String issuer, String title,
			String summary) {
	}

	private static final String UBND = "Ủy ban nhân dân tỉnh Lạng Sơn";

	private static final String STNMT = "Sở Tài nguyên và Môi trường tỉnh Lạng Sơn";

	private static final List<Doc> DOCS = List.of(
			new Doc(PublicationType.LAND_USE_PLAN, OpsField.LAND, "2468/QĐ-UBND", UBND,
					"Phê duyệt kế hoạch sử dụng đất năm của thành phố Lạng Sơn",
					"Chỉ tiêu sử dụng đất, danh mục công trình, dự án thực hiện trong năm trên địa bàn thành phố."),
			new Doc(PublicationType.LAND_USE_PLAN, OpsField.LAND, "1135/QĐ-UBND", UBND,
					"Phê duyệt điều chỉnh quy hoạch sử dụng đất huyện Cao Lộc đến năm 2030",
					"Điều chỉnh diện tích đất khu công nghiệp, cụm công nghiệp và đất thương mại, dịch vụ."),
			new Doc(PublicationType.LAND_USE_PLAN, OpsField.LAND, "2470/QĐ-UBND", UBND,
					"Phê duyệt kế hoạch sử dụng đất năm của huyện Hữu Lũng",
					"Danh mục dự án thu hồi đất, chuyển mục đích sử dụng đất."),
			new Doc(PublicationType.MINERAL_PLAN, OpsField.MINERALS, "987/QĐ-UBND", UBND,
					"Khoanh định khu vực không đấu giá quyền khai thác khoáng sản",
					"Danh mục khu vực khoáng sản làm vật liệu xây dựng thông thường không đấu giá."),
			new Doc(PublicationType.MINERAL_PLAN, OpsField.MINERALS, "654/QĐ-UBND", UBND,
					"Phê duyệt kế hoạch đấu giá quyền khai thác khoáng sản",
					"Các mỏ đá vôi, cát sỏi đưa ra đấu giá, thời gian dự kiến."),
			new Doc(PublicationType.WATER_PLAN, OpsField.WATER, "321/QĐ-UBND", UBND,
					"Phê duyệt danh mục nguồn nước nội tỉnh phải lập hành lang bảo vệ",
					"Danh mục sông, suối, hồ chứa và phạm vi hành lang bảo vệ nguồn nước."),
			new Doc(PublicationType.WATER_PLAN, OpsField.WATER, "145/QĐ-UBND", UBND,
					"Phê duyệt vùng cấm, vùng hạn chế khai thác nước dưới đất",
					"Bản đồ và danh mục vùng hạn chế khai thác nước dưới đất trên địa bàn tỉnh."),
			new Doc(PublicationType.PROCEDURE, OpsField.LAND, "1502/QĐ-UBND", UBND,
					"Công bố thủ tục hành chính lĩnh vực đất đai thuộc thẩm quyền giải quyết của Sở",
					"Thời hạn giải quyết đã cắt giảm 30% so với quy định; nộp hồ sơ trực tuyến toàn trình."),
			new Doc(PublicationType.PROCEDURE, OpsField.ENVIRONMENT, "1503/QĐ-UBND", UBND,
					"Công bố thủ tục hành chính lĩnh vực môi trường",
					"Cấp, cấp đổi, điều chỉnh giấy phép môi trường; thẩm định báo cáo đánh giá tác động môi trường."),
			new Doc(PublicationType.PROCEDURE, OpsField.MINERALS, "1504/QĐ-UBND", UBND,
					"Công bố thủ tục hành chính lĩnh vực khoáng sản, tài nguyên nước",
					"Cấp phép thăm dò, khai thác khoáng sản; cấp phép khai thác, sử dụng tài nguyên nước."),
			new Doc(PublicationType.FEES, OpsField.LAND, "15/2023/NQ-HĐND", "Hội đồng nhân dân tỉnh Lạng Sơn",
					"Quy định mức thu phí thẩm định hồ sơ cấp Giấy chứng nhận quyền sử dụng đất",
					"Mức thu theo diện tích và mục đích sử dụng; các trường hợp miễn, giảm."),
			new Doc(PublicationType.FEES, OpsField.ENVIRONMENT, "16/2023/NQ-HĐND", "Hội đồng nhân dân tỉnh Lạng Sơn",
					"Quy định phí thẩm định báo cáo đánh giá tác động môi trường",
					"Mức thu theo tổng vốn đầu tư của dự án; nộp khi nộp hồ sơ."),
			new Doc(PublicationType.LEGAL, OpsField.LAND, "31/2024/QĐ-UBND", UBND,
					"Quy định hạn mức giao đất, công nhận quyền sử dụng đất trên địa bàn tỉnh",
					"Hạn mức đất ở, đất nông nghiệp; diện tích tối thiểu được tách thửa."),
			new Doc(PublicationType.LEGAL, OpsField.ENVIRONMENT, "12/2024/QĐ-UBND", UBND,
					"Quy định quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh",
					"Trách nhiệm phân loại, thu gom, vận chuyển, giá dịch vụ."),
			new Doc(PublicationType.OTHER, OpsField.OTHER, "215/KH-STNMT", STNMT,
					"Kế hoạch đối thoại với doanh nghiệp về thủ tục hành chính lĩnh vực tài nguyên và môi trường",
					"Lịch đối thoại hằng quý, cách gửi câu hỏi trước buổi đối thoại."));

	private final boolean demo;

	private final PublicationRepository publications;

	private final OrgDirectory directory;

	private final OpsFiles files;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PublicationDemoData(@Value("${ddci.demo:true}") boolean demo, PublicationRepository publications,
			OrgDirectory directory, OpsFiles files, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.demo = demo;
		this.publications = publications;
		this.directory = directory;
		this.files = files;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo || jdbc.sql("select exists (select 1 from ops_publication where illustrative)")
			.query(Boolean.class)
			.single()) {
			return;
		}
		directory.organisationByCode("STNMT").ifPresent(stnmt -> {
			transactions.executeWithoutResult(status -> load(stnmt));
			log.info("Loaded {} illustrative published documents", DOCS.size());
		});
	}

	private void load(Organisation stnmt) {
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		for (int i = 0; i < DOCS.size(); i++) {
			Doc doc = DOCS.get(i);
			LocalDate issued = today.minusDays(12 + i * 47L);
			byte[] pdf = DemoPdf.of(doc.number() + " " + doc.title());
			long fileId = files.store(
					new OpsFiles.Upload("van-ban-" + (i + 1) + ".pdf", pdf.length, new ByteArrayResource(pdf)),
					FileKind.PDF);
			// the year in a number symbol follows the (relative) issue date
			String number = doc.number().replaceAll("/20\\d\\d/", "/" + issued.getYear() + "/");
			PublicationInput input = new PublicationInput(doc.type(), number, issued, doc.issuer(), doc.field(),
					doc.title(), doc.summary());
			publications.insert(stnmt.id(), input, fileId, true,
					issued.plusDays(3).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		}
	}

}
