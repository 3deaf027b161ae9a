package vn.ddcihub.operations.dossier;

import java.util.List;

/**
 * The seed department's illustrative procedure catalogue (Sở Tài nguyên và Môi trường):
 * thirty common procedures of land, environment, water resources, minerals and surveying
 * with their statutory limits in working days, the unit that handles them and the share
 * of the dossiers they get. Illustrative (dữ liệu minh họa), close to published
 * catalogues but not copied from one.
 */
final class IllustrativeCatalogue {

	/** One procedure with its handling unit (code) and relative weight among dossiers. */
	record Entry(String code, String name, String field, int statutoryDays, OnlineLevel online, String fees,
			String unit, int weight) {
	}

	static final String LAND = "Đất đai";

	static final String ENVIRONMENT = "Môi trường";

	static final String WATER = "Tài nguyên nước";

	static final String MINERALS = "Khoáng sản";

	static final String SURVEYING = "Đo đạc và bản đồ";

	static final List<Entry> ENTRIES = List.of(
			new Entry("DD-01", "Đăng ký biến động quyền sử dụng đất do chuyển nhượng, tặng cho, thừa kế", LAND, 10,
					OnlineLevel.PARTLY, "Lệ phí theo Nghị quyết của HĐND tỉnh", "VPDKDD", 300),
			new Entry("DD-02", "Cấp đổi Giấy chứng nhận quyền sử dụng đất", LAND, 7, OnlineLevel.PARTLY,
					"50.000 đồng/giấy", "VPDKDD", 160),
			new Entry("DD-03", "Cấp lại Giấy chứng nhận do bị mất", LAND, 10, OnlineLevel.PARTLY, "50.000 đồng/giấy",
					"VPDKDD", 40),
			new Entry("DD-04", "Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất", LAND, 3,
					OnlineLevel.FULLY, "80.000 đồng/hồ sơ", "VPDKDD", 220),
			new Entry("DD-05", "Xóa đăng ký thế chấp", LAND, 3, OnlineLevel.FULLY, "20.000 đồng/hồ sơ", "VPDKDD", 150),
			new Entry("DD-06", "Cung cấp thông tin, dữ liệu đất đai", LAND, 3, OnlineLevel.FULLY,
					"Theo biểu phí khai thác dữ liệu", "VPDKDD", 120),
			new Entry("DD-07", "Giao đất, cho thuê đất đối với tổ chức", LAND, 20, OnlineLevel.NONE, "Không", "QLDD",
					15),
			new Entry("DD-08", "Chuyển mục đích sử dụng đất đối với tổ chức", LAND, 15, OnlineLevel.NONE, "Không",
					"QLDD", 10),
			new Entry("DD-09", "Gia hạn sử dụng đất đối với tổ chức", LAND, 7, OnlineLevel.PARTLY, "Không", "QLDD", 8),
			new Entry("DD-10", "Thẩm định nhu cầu sử dụng đất để xem xét giao đất, cho thuê đất", LAND, 30,
					OnlineLevel.NONE, "Không", "QLDD", 6),
			new Entry("DD-11", "Đăng ký đất đai lần đầu đối với tổ chức", LAND, 20, OnlineLevel.PARTLY,
					"Lệ phí theo Nghị quyết của HĐND tỉnh", "VPDKDD", 25),
			new Entry("MT-01", "Thẩm định báo cáo đánh giá tác động môi trường", ENVIRONMENT, 30, OnlineLevel.PARTLY,
					"Theo Thông tư của Bộ Tài chính", "CCBVMT", 12),
			new Entry("MT-02", "Cấp giấy phép môi trường", ENVIRONMENT, 30, OnlineLevel.PARTLY,
					"Theo Nghị quyết của HĐND tỉnh", "CCBVMT", 14),
			new Entry("MT-03", "Đăng ký môi trường", ENVIRONMENT, 10, OnlineLevel.FULLY, "Không", "CCBVMT", 20),
			new Entry("MT-04", "Vận hành thử nghiệm công trình xử lý chất thải", ENVIRONMENT, 10, OnlineLevel.PARTLY,
					"Không", "CCBVMT", 6),
			new Entry("MT-05", "Cấp sổ đăng ký chủ nguồn thải chất thải nguy hại", ENVIRONMENT, 15, OnlineLevel.PARTLY,
					"Không", "CCBVMT", 8),
			new Entry("MT-06", "Chấp thuận điều chỉnh báo cáo đánh giá tác động môi trường", ENVIRONMENT, 10,
					OnlineLevel.PARTLY, "Không", "CCBVMT", 4),
			new Entry("MT-07", "Phê duyệt phương án cải tạo, phục hồi môi trường", ENVIRONMENT, 20, OnlineLevel.PARTLY,
					"Không", "CCBVMT", 4),
			new Entry("TNN-01", "Cấp giấy phép khai thác, sử dụng nước dưới đất", WATER, 30, OnlineLevel.PARTLY,
					"Phí thẩm định theo Nghị quyết của HĐND tỉnh", "TNNKS", 10),
			new Entry("TNN-02", "Cấp giấy phép khai thác, sử dụng nước mặt", WATER, 30, OnlineLevel.PARTLY,
					"Phí thẩm định theo Nghị quyết của HĐND tỉnh", "TNNKS", 6),
			new Entry("TNN-03", "Cấp giấy phép xả nước thải vào nguồn nước", WATER, 30, OnlineLevel.PARTLY,
					"Phí thẩm định theo Nghị quyết của HĐND tỉnh", "TNNKS", 8),
			new Entry("TNN-04", "Gia hạn, điều chỉnh giấy phép thăm dò nước dưới đất", WATER, 25, OnlineLevel.PARTLY,
					"Phí thẩm định theo Nghị quyết của HĐND tỉnh", "TNNKS", 4),
			new Entry("TNN-05", "Cấp giấy phép hành nghề khoan nước dưới đất quy mô vừa và nhỏ", WATER, 10,
					OnlineLevel.FULLY, "Phí thẩm định theo Nghị quyết của HĐND tỉnh", "TNNKS", 5),
			new Entry("KS-01", "Cấp giấy phép thăm dò khoáng sản", MINERALS, 90, OnlineLevel.NONE,
					"Theo Thông tư của Bộ Tài chính", "TNNKS", 3),
			new Entry("KS-02", "Cấp giấy phép khai thác khoáng sản làm vật liệu xây dựng thông thường", MINERALS, 90,
					OnlineLevel.NONE, "Theo Thông tư của Bộ Tài chính", "TNNKS", 3),
			new Entry("KS-03", "Gia hạn giấy phép khai thác khoáng sản", MINERALS, 45, OnlineLevel.PARTLY,
					"Theo Thông tư của Bộ Tài chính", "TNNKS", 3),
			new Entry("KS-04", "Đóng cửa mỏ khoáng sản", MINERALS, 90, OnlineLevel.NONE, "Không", "TNNKS", 2),
			new Entry("KS-05", "Trả lại giấy phép khai thác khoáng sản", MINERALS, 45, OnlineLevel.PARTLY, "Không",
					"TNNKS", 2),
			new Entry("DDBD-01", "Cấp chứng chỉ hành nghề đo đạc và bản đồ hạng II", SURVEYING, 10, OnlineLevel.FULLY,
					"Theo Thông tư của Bộ Tài chính", "QLDD", 10),
			new Entry("DDBD-02", "Cung cấp thông tin, dữ liệu, sản phẩm đo đạc và bản đồ", SURVEYING, 5,
					OnlineLevel.FULLY, "Theo biểu phí khai thác dữ liệu", "QLDD", 30),
			new Entry("DDBD-03", "Thẩm định hồ sơ đo đạc bản đồ địa chính", SURVEYING, 10, OnlineLevel.PARTLY, "Không",
					"VPDKDD", 25));

	private IllustrativeCatalogue() {
	}

}
