package vn.ddcihub.execution.domain;

import java.util.List;
import java.util.Locale;

import vn.ddcihub.execution.TaskStatus;
import vn.ddcihub.plan.PlanTask;

/**
 * What the demo units write about the seed plan's tasks month by month (illustrative):
 * results, difficulties and proposals in the words such reports use, and the figures the
 * task names as numbers. Varied by month and unit so no two reports read alike.
 */
final class DemoReportTexts {

	private DemoReportTexts() {
	}

	/** A figure of an entry: hồ sơ trả đúng hạn, câu hỏi đã trả lời… */
	record Figure(String label, double value, String unit) {
	}

	/** One entry as written. */
	record Entry(TaskStatus status, int progress, String results, String difficulties, String proposals,
			String explanation, List<Figure> figures) {
	}

	/**
	 * @param month 6–11 (2020)
	 * @param seed a number that differs per unit and task
	 */
	static Entry lead(PlanTask task, int month, int seed) {
		String title = task.title().toLowerCase(Locale.ROOT);
		int step = month - 5;
		int progress = Math.min(95, 20 + step * 12 + seed % 9);
		int n = 8 + (seed * 7 + month * 3) % 17;
		if (title.contains("trả kết quả chậm hẹn")) {
			int received = 420 + (seed * 13 + month * 37) % 160;
			int late = month == 9 || month == 10 ? 9 + seed % 5 : 2 + seed % 3;
			boolean behind = month == 9 || month == 10;
			return new Entry(behind ? TaskStatus.BEHIND : TaskStatus.IN_PROGRESS, progress,
					"Tiếp nhận " + received + " hồ sơ đăng ký đất đai, trả đúng hạn " + (received - late - 31)
							+ " hồ sơ; " + late + " hồ sơ trả quá hạn đều có văn bản xin lỗi người dân, doanh nghiệp.",
					behind ? "Lượng hồ sơ đăng ký biến động tăng cao sau mùa mưa lũ; một số hồ sơ phải chờ kết quả đo đạc."
							: "",
					behind ? "Đề nghị Sở bổ sung 02 viên chức hỗ trợ Bộ phận một cửa trong quý IV." : "",
					behind ? "Số hồ sơ trả quá hạn tăng so với tháng trước do thiếu nhân lực đo đạc; đã bố trí làm thêm giờ."
							: "",
					List.of(new Figure("Hồ sơ tiếp nhận", received, "hồ sơ"),
							new Figure("Hồ sơ trả đúng hạn", received - late - 31, "hồ sơ"),
							new Figure("Hồ sơ trả quá hạn", late, "hồ sơ")));
		}
		if (title.contains("hỏi - đáp") || title.contains("trang thông tin điện tử của sở")) {
			int answered = 12 + (seed + month * 5) % 14;
			return new Entry(TaskStatus.IN_PROGRESS, progress, "Đăng tải " + n
					+ " tin, bài về hoạt động, chỉ đạo điều hành của Sở; cập nhật thủ tục hành chính mới công bố; trả lời "
					+ answered + " câu hỏi của người dân, doanh nghiệp trên chuyên mục hỏi - đáp trực tuyến.",
					month == 8 ? "Máy chủ trang thông tin điện tử quá tải vào giờ cao điểm." : "",
					month == 8 ? "Đề nghị bố trí kinh phí nâng cấp máy chủ trong năm 2021." : "", "",
					List.of(new Figure("Câu hỏi đã trả lời", answered, "câu hỏi"),
							new Figure("Tin, bài đăng tải", n, "tin, bài")));
		}
		if (title.contains("niêm yết")) {
			return new Entry(TaskStatus.IN_PROGRESS, progress,
					"Niêm yết đầy đủ trình tự, phí và lệ phí của 118 thủ tục hành chính tại Bộ phận một cửa và trên trang thông tin điện tử; công bố "
							+ (1 + seed % 3) + " tài liệu quy hoạch, kế hoạch của ngành đã được phê duyệt.",
					"", "", "", List.of(new Figure("Thủ tục được niêm yết", 118, "thủ tục")));
		}
		if (title.contains("cắt giảm 30%")) {
			return new Entry(TaskStatus.IN_PROGRESS, progress, "Rà soát " + n
					+ " thủ tục hành chính thuộc lĩnh vực được giao; đề xuất bãi bỏ 02 thành phần hồ sơ không cần thiết và cắt giảm thời gian giải quyết của "
					+ (2 + seed % 4) + " thủ tục.", "", "", "", List.of());
		}
		if (title.contains("kế hoạch thanh tra")) {
			boolean done = month >= 11;
			return new Entry(done ? TaskStatus.DONE : TaskStatus.IN_PROGRESS, done ? 100 : progress, done
					? "Hoàn thành các cuộc thanh tra theo kế hoạch năm 2020; không có cuộc thanh tra trùng lặp với Thanh tra tỉnh."
					: "Triển khai " + (1 + month % 3)
							+ " cuộc thanh tra theo kế hoạch đã phê duyệt, đã trao đổi với Thanh tra tỉnh để tránh chồng chéo.",
					"", "", "", List.of());
		}
		if (title.contains("tiếp công dân")) {
			int visits = 6 + (seed + month) % 9;
			return new Entry(TaskStatus.IN_PROGRESS, progress,
					"Tiếp " + visits + " lượt công dân; tiếp nhận, phân loại và xử lý " + (visits + 3)
							+ " đơn thư đúng quy định, không có đơn tồn đọng kéo dài.",
					"", "", "", List.of(new Figure("Lượt tiếp công dân", visits, "lượt")));
		}
		if (title.contains("đối thoại")) {
			boolean blocked = month == 9;
			return new Entry(blocked ? TaskStatus.BLOCKED : TaskStatus.IN_PROGRESS, progress,
					"Tổ chức hội nghị đối thoại với " + (15 + seed % 10)
							+ " doanh nghiệp có vướng mắc về đất đai, khoáng sản; giải đáp " + (9 + seed % 6)
							+ " kiến nghị tại hội nghị.",
					blocked ? "Một số kiến nghị về giá đất cụ thể vượt thẩm quyền của Sở." : "",
					blocked ? "Đề nghị UBND tỉnh chủ trì buổi đối thoại chuyên đề về giá đất." : "",
					blocked ? "Các kiến nghị về giá đất cần ý kiến của UBND tỉnh, đã tổng hợp gửi Văn phòng UBND tỉnh."
							: "",
					List.of(new Figure("Doanh nghiệp dự đối thoại", 15 + seed % 10, "doanh nghiệp")));
		}
		if (title.contains("báo cáo kết quả thực hiện hàng tháng")) {
			return new Entry(
					TaskStatus.IN_PROGRESS, Math.min(100, step * 100 / 7), "Gửi báo cáo kết quả thực hiện tháng "
							+ month + "/2020 cùng báo cáo tình hình thực hiện nhiệm vụ chuyên môn.",
					"", "", "", List.of());
		}
		String output = task.expectedOutput() == null || task.expectedOutput().isBlank() ? task.title()
				: task.expectedOutput();
		return new Entry(TaskStatus.IN_PROGRESS, progress,
				"Tiếp tục triển khai theo kế hoạch: " + lower(output)
						+ ". Đã phổ biến đến công chức, viên chức của đơn vị.",
				"", month == 10 && seed % 3 == 0 ? "Đề nghị Văn phòng Sở tổ chức tập huấn về cải cách hành chính." : "",
				"", List.of());
	}

	static Entry coordinating(PlanTask task, int month) {
		return new Entry(TaskStatus.IN_PROGRESS, 0,
				"Phối hợp cung cấp thông tin, tài liệu tháng " + month
						+ "/2020 cho đơn vị chủ trì; cử cán bộ tham gia các cuộc họp liên quan.",
				"", "", "", List.of());
	}

	static String returnComment(String unitName) {
		return "Đề nghị " + unitName
				+ " bổ sung số liệu hồ sơ trả quá hạn và nêu rõ nguyên nhân, giải pháp khắc phục; gửi lại trước ngày 30.";
	}

	private static String lower(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

}
