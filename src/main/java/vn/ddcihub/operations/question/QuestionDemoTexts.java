package vn.ddcihub.operations.question;

import java.util.List;

import vn.ddcihub.operations.common.OpsField;

/**
 * Illustrative questions and petitions (dữ liệu minh họa) of businesses to a natural
 * resources and environment department, with the answering unit's code and an answer.
 */
final class QuestionDemoTexts {

	private QuestionDemoTexts() {
	}

	record Text(QuestionKind kind, OpsField field, String unitCode, String title, String content, String answer) {
	}

	record Sender(String business, String taxCode, String contact, String phone, String email) {
	}

	static final List<Sender> SENDERS = List.of(
			new Sender("Công ty TNHH Thương mại Đồng Đăng", "4900234567", "Nguyễn Văn Hùng", "0912345678",
					"hung.nv@dongdang.example.vn"),
			new Sender("Công ty Cổ phần Vật liệu xây dựng Lạng Sơn", "4900345678", "Trần Thị Mai", "0987654321", ""),
			new Sender("Hợp tác xã Nông nghiệp Bắc Sơn", "4900456789", "Hoàng Văn Tâm", "", "htx.bacson@example.vn"),
			new Sender("Công ty TNHH Khai thác đá Hữu Lũng", "4900567890001", "Lý Văn Quân", "0203856123", ""),
			new Sender("", "", "Phạm Thu Hà", "0978123456", "thuha@example.vn"),
			new Sender("Công ty Cổ phần Du lịch Mẫu Sơn", "4900678901", "Đặng Minh Tuấn", "0915111222",
					"tuan.dm@mauson.example.vn"),
			new Sender("Doanh nghiệp tư nhân Cơ khí Cao Lộc", "4900789012", "Vi Văn Long", "0941222333", ""),
			new Sender("", "", "Lương Thị Hồng", "", "honglt@example.vn"));

	static final List<Text> TEXTS = List.of(new Text(QuestionKind.QUESTION, OpsField.LAND, "VPDKDD",
			"Thời gian cấp Giấy chứng nhận quyền sử dụng đất lần đầu cho doanh nghiệp",
			"Doanh nghiệp chúng tôi được Nhà nước cho thuê đất tại Khu công nghiệp Đồng Bành. Xin hỏi thời gian giải quyết thủ tục cấp Giấy chứng nhận quyền sử dụng đất lần đầu là bao nhiêu ngày và cần nộp hồ sơ ở đâu?",
			"Theo Bộ thủ tục hành chính lĩnh vực đất đai đã công bố, thời gian giải quyết thủ tục cấp Giấy chứng nhận lần đầu cho tổ chức là không quá 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ. Doanh nghiệp nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh hoặc trực tuyến trên Cổng dịch vụ công."),
			new Text(QuestionKind.PETITION, OpsField.LAND, "QLDD", "Chậm bàn giao mặt bằng dự án kho bãi tại Cao Lộc",
					"Dự án kho bãi của công ty đã có quyết định cho thuê đất từ tháng 3 nhưng đến nay vẫn chưa được bàn giao mặt bằng trên thực địa do còn vướng 02 hộ dân chưa nhận tiền bồi thường. Đề nghị Sở phối hợp với UBND huyện Cao Lộc sớm giải quyết.",
					"Sở đã làm việc với UBND huyện Cao Lộc và Trung tâm Phát triển quỹ đất. Phương án bồi thường bổ sung cho 02 hộ đã được phê duyệt; dự kiến bàn giao mặt bằng trong tháng tới. Sở sẽ thông báo lịch bàn giao cụ thể cho doanh nghiệp."),
			new Text(QuestionKind.QUESTION, OpsField.LAND, "QLDD",
					"Gia hạn thời gian sử dụng đất khi hết thời hạn thuê",
					"Hợp đồng thuê đất của công ty sẽ hết hạn vào năm sau. Xin hỏi thủ tục gia hạn sử dụng đất cần nộp trước thời điểm hết hạn bao lâu và hồ sơ gồm những gì?",
					"Tổ chức có nhu cầu gia hạn nộp hồ sơ chậm nhất 06 tháng trước khi hết thời hạn sử dụng đất. Hồ sơ gồm đơn đề nghị gia hạn, Giấy chứng nhận đã cấp và văn bản điều chỉnh dự án đầu tư (nếu có)."),
			new Text(QuestionKind.QUESTION, OpsField.LAND, "VPDKDD", "Đăng ký biến động khi doanh nghiệp đổi tên",
					"Công ty vừa đổi tên theo Giấy chứng nhận đăng ký doanh nghiệp mới. Có bắt buộc phải làm thủ tục đăng ký biến động đất đai không và có mất phí không?",
					"Khi thay đổi tên tổ chức, người sử dụng đất thực hiện đăng ký biến động tại Văn phòng Đăng ký đất đai. Thủ tục được giải quyết trong 07 ngày làm việc; lệ phí theo Nghị quyết của HĐND tỉnh về phí, lệ phí."),
			new Text(QuestionKind.QUESTION, OpsField.ENVIRONMENT, "CCBVMT",
					"Dự án xưởng chế biến gỗ có phải lập báo cáo đánh giá tác động môi trường?",
					"Công ty dự kiến đầu tư xưởng chế biến gỗ công suất 5.000 m³/năm tại huyện Chi Lăng. Xin hỏi dự án thuộc đối tượng lập báo cáo đánh giá tác động môi trường hay chỉ cần giấy phép môi trường?",
					"Căn cứ Phụ lục của Nghị định số 08/2022/NĐ-CP, dự án chế biến gỗ công suất dưới 100.000 m³/năm không thuộc đối tượng phải đánh giá tác động môi trường; doanh nghiệp lập hồ sơ đề nghị cấp giấy phép môi trường thuộc thẩm quyền của UBND huyện."),
			new Text(QuestionKind.PETITION, OpsField.ENVIRONMENT, "CCBVMT",
					"Thời gian thẩm định giấy phép môi trường kéo dài",
					"Hồ sơ đề nghị cấp giấy phép môi trường của nhà máy nộp từ 45 ngày trước nhưng chưa có kết quả, ảnh hưởng đến kế hoạch vận hành thử nghiệm. Đề nghị Sở xem xét đẩy nhanh tiến độ.",
					"Hồ sơ của doanh nghiệp cần bổ sung kết quả quan trắc nước thải đợt 2. Sở đã có văn bản hướng dẫn bổ sung; ngay khi nhận đủ, Sở sẽ trình cấp giấy phép trong 10 ngày làm việc."),
			new Text(QuestionKind.QUESTION, OpsField.ENVIRONMENT, "CCBVMT", "Tần suất quan trắc môi trường định kỳ",
					"Cơ sở sản xuất gạch không nung có phải quan trắc khí thải định kỳ không, nếu có thì bao nhiêu lần một năm?",
					"Cơ sở thuộc đối tượng quan trắc khí thải định kỳ theo giấy phép môi trường được cấp, tần suất 02 lần/năm đối với bụi và các thông số đặc trưng; kết quả báo cáo trong báo cáo công tác bảo vệ môi trường hằng năm."),
			new Text(QuestionKind.QUESTION, OpsField.ENVIRONMENT, "CCBVMT",
					"Hướng dẫn phân loại chất thải rắn công nghiệp",
					"Xin hướng dẫn cách phân loại và ký hợp đồng xử lý chất thải rắn công nghiệp thông thường đối với xưởng cơ khí quy mô nhỏ.",
					"Chất thải rắn công nghiệp thông thường được phân loại tại nguồn thành nhóm tái chế và nhóm phải xử lý; cơ sở ký hợp đồng với đơn vị có chức năng thu gom, vận chuyển, xử lý và lưu giữ chứng từ để báo cáo định kỳ."),
			new Text(QuestionKind.QUESTION, OpsField.WATER, "TNNKS",
					"Giấy phép khai thác nước dưới đất cho khu du lịch",
					"Khu du lịch sinh thái của công ty dùng giếng khoan khoảng 30 m³/ngày đêm. Có phải xin giấy phép khai thác nước dưới đất không?",
					"Khai thác nước dưới đất với lưu lượng trên 10 m³/ngày đêm cho mục đích kinh doanh, dịch vụ phải có giấy phép. Doanh nghiệp nộp hồ sơ tại Trung tâm Phục vụ hành chính công; Sở thẩm định trong 20 ngày làm việc."),
			new Text(QuestionKind.PETITION, OpsField.WATER, "TNNKS", "Phí thẩm định đề án xả nước thải chưa rõ ràng",
					"Doanh nghiệp nhận được hai mức thu phí thẩm định đề án xả nước thải khác nhau giữa bộ phận một cửa và văn bản hướng dẫn. Đề nghị Sở làm rõ mức phí áp dụng.",
					"Mức phí áp dụng là mức quy định tại Nghị quyết của HĐND tỉnh hiện hành. Sở đã chấn chỉnh bộ phận tiếp nhận và cập nhật lại niêm yết; khoản chênh lệch (nếu đã nộp) được hoàn trả theo quy định."),
			new Text(QuestionKind.QUESTION, OpsField.WATER, "TNNKS", "Tiền cấp quyền khai thác tài nguyên nước",
					"Công ty sản xuất nước đóng chai có phải nộp tiền cấp quyền khai thác tài nguyên nước không và tính theo phương pháp nào?",
					"Có. Tiền cấp quyền khai thác tài nguyên nước được tính theo sản lượng khai thác, giá tính tiền và mức thu theo mục đích sử dụng; Sở thẩm định và trình UBND tỉnh phê duyệt cùng với hồ sơ cấp giấy phép."),
			new Text(QuestionKind.QUESTION, OpsField.MINERALS, "TNNKS",
					"Điều kiện cấp giấy phép khai thác đá làm vật liệu xây dựng",
					"Công ty muốn khai thác đá vôi làm vật liệu xây dựng thông thường tại huyện Hữu Lũng. Xin hỏi khu vực này đã có trong quy hoạch khoáng sản chưa và điều kiện để được cấp phép?",
					"Khu vực đề nghị thuộc danh mục khu vực đấu giá quyền khai thác khoáng sản đã được UBND tỉnh phê duyệt. Doanh nghiệp theo dõi thông báo đấu giá trên cổng thông tin của Sở và chuẩn bị hồ sơ năng lực theo quy định của Luật Khoáng sản."),
			new Text(QuestionKind.PETITION, OpsField.MINERALS, "TNNKS",
					"Đề nghị điều chỉnh lịch kiểm tra mỏ trùng thời điểm",
					"Trong năm nay mỏ đá của công ty đã được đoàn kiểm tra liên ngành làm việc, nay lại nhận lịch kiểm tra chuyên đề về khoáng sản. Đề nghị Sở phối hợp để tránh kiểm tra trùng lặp.",
					"Sở đã rà soát kế hoạch kiểm tra năm và lồng ghép nội dung chuyên đề khoáng sản vào kết quả đoàn liên ngành; doanh nghiệp không phải tiếp đoàn kiểm tra thứ hai trong năm."),
			new Text(QuestionKind.QUESTION, OpsField.MINERALS, "TNNKS",
					"Nộp báo cáo định kỳ hoạt động khai thác khoáng sản",
					"Thời hạn nộp báo cáo định kỳ hoạt động khai thác khoáng sản hằng năm là khi nào và có nộp trực tuyến được không?",
					"Báo cáo định kỳ gửi trước ngày 31/01 năm sau; doanh nghiệp có thể nộp trực tuyến qua hệ thống quản lý văn bản hoặc Cổng dịch vụ công của tỉnh."),
			new Text(QuestionKind.QUESTION, OpsField.SURVEYING, "VPDKDD",
					"Trích lục bản đồ địa chính cho hồ sơ vay vốn",
					"Doanh nghiệp cần trích lục bản đồ địa chính thửa đất để bổ sung hồ sơ vay vốn ngân hàng. Thủ tục mất bao lâu?",
					"Trích lục bản đồ địa chính được cung cấp trong 03 ngày làm việc tại Văn phòng Đăng ký đất đai hoặc chi nhánh cấp huyện; doanh nghiệp có thể đề nghị qua dịch vụ công trực tuyến."),
			new Text(QuestionKind.PETITION, OpsField.OTHER, "VP", "Khó tra cứu thủ tục trên cổng thông tin của Sở",
					"Mục thủ tục hành chính trên cổng thông tin của Sở khó tìm, nhiều biểu mẫu là bản scan không tải được. Đề nghị cập nhật lại.",
					"Sở đã cập nhật toàn bộ biểu mẫu dạng tệp chỉnh sửa được và bổ sung chức năng tìm kiếm không dấu trên mục Văn bản công khai. Cảm ơn doanh nghiệp đã góp ý."));

}
