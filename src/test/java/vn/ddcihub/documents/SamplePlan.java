package vn.ddcihub.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A shortened version of the seed plan 60/KH-STNMT (Lạng Sơn, 2020), with its real
 * sentences.
 */
final class SamplePlan {

	static final List<String> COMPONENTS = List.of("Tính minh bạch và tiếp cận thông tin", "Chi phí thời gian",
			"Chi phí không chính thức", "Cạnh tranh bình đẳng", "Dịch vụ hỗ trợ doanh nghiệp", "Thiết chế pháp lý",
			"Vai trò người đứng đầu", "Tính năng động và hiệu lực của hệ thống");

	private SamplePlan() {
	}

	static AdministrativeDocument plan(List<Block> extraBlocks, List<TableContent> annexes) {
		List<Block> body = new ArrayList<>(List.of(Block.heading(1, "I. MỤC ĐÍCH, YÊU CẦU"),
				Block.heading(2, "1. Mục đích"),
				Block
					.dash("Phấn đấu vào vị trí xếp hạng trong top 10, đề ra các giải pháp thiết thực và hiệu quả để cải "
							+ "thiện tích cực 08 chỉ số thành phần DDCI, phấn đấu điểm số DDCI năm 2020 đạt từ 70 điểm trở lên."),
				Block.heading(2, "2. Yêu cầu"),
				Block
					.dash("Quán triệt về tư tưởng, nhận thức để tạo sự chuyển biến mạnh mẽ trong đội ngũ công chức, viên "
							+ "chức và người lao động trong toàn ngành về thái độ, trách nhiệm, tác phong thực thi công vụ."),
				Block.heading(1, "II. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ"),
				Block.heading(2, "1. Chỉ số \"Tính minh bạch và tiếp cận thông tin\""),
				Block.dash("Chỉ tiêu: phấn đấu năm 2020 đạt trên 7,80 điểm."),
				Block.plus("Văn phòng Sở chủ trì, phối hợp với Trung tâm Công nghệ thông tin TN&MT."),
				Block.heading(1, "III. TỔ CHỨC THỰC HIỆN"),
				Block
					.paragraph("Giao phòng Văn phòng Sở là đầu mối, theo dõi, tổng hợp, báo cáo tình hình thực hiện Kế "
							+ "hoạch định kỳ hoặc đột xuất theo yêu cầu gửi Sở Kế hoạch và Đầu tư và UBND tỉnh./.")));
		body.addAll(extraBlocks);
		return new AdministrativeDocument("UBND TỈNH LẠNG SƠN", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "60/KH-STNMT",
				"Lạng Sơn", LocalDate.of(2020, 6, 11), "KẾ HOẠCH",
				"Nâng cao chỉ số đánh giá năng lực cạnh tranh cấp Sở, Ban, Ngành (DDCI) của Sở Tài nguyên và Môi "
						+ "trường năm 2020",
				List.of("Thực hiện Kế hoạch số 40/KH-UBND ngày 7/3/2020 của UBND tỉnh về thực hiện bộ chỉ số đánh giá "
						+ "năng lực cạnh tranh cấp sở, ban, ngành, UBND các huyện, thành phố năm 2020;",
						"Sở Tài nguyên và Môi trường xếp thứ 20/23 đơn vị khối Sở, Ban, Ngành; chỉ số \"Tính minh bạch "
								+ "và tiếp cận thông tin\" xếp hạng 16/23."),
				body,
				List.of("UBND tỉnh (B/c);", "Sở Kế hoạch và Đầu tư;", "Hiệp hội Doanh nghiệp tỉnh Lạng Sơn;",
						"Lãnh đạo Sở;", "Các phòng, đơn vị trực thuộc (Thực hiện);", "Lưu VT (NDN)."),
				Signature.head("GIÁM ĐỐC", "Bùi Văn Côi"), annexes);
	}

	static AdministrativeDocument plan() {
		return plan(List.of(), List.of());
	}

	static TableContent annex(int rows) {
		List<List<Object>> cells = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			String component = COMPONENTS.get(i % COMPONENTS.size());
			cells.add(List.of(i + 1, component, 5.5 + i % 4, "Văn phòng Sở", LocalDate.of(2020, 12, 15)));
		}
		return new TableContent("PHỤ LỤC: PHÂN CÔNG NHIỆM VỤ CẢI THIỆN CHỈ SỐ DDCI NĂM 2020",
				List.of("TT", "Chỉ số thành phần", "Chỉ tiêu 2020", "Đơn vị chủ trì", "Thời hạn"), cells,
				List.of(0.6, 4.0, 1.4, 2.5, 1.5), true);
	}

	static RadarChart radar() {
		return RadarChart.scores("Chỉ số thành phần DDCI", COMPONENTS,
				List.of(new ChartSeries("Năm 2019", List.of(5.71, 5.35, 5.86, 4.31, 5.16, 5.87, 5.49, 6.26), null),
						new ChartSeries("Chỉ tiêu 2020", List.of(7.8, 7.0, 7.2, 6.5, 7.0, 7.2, 7.0, 7.4), null)));
	}

}
