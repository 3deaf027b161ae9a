package vn.ddcihub.operations.dossier;

/**
 * The Vietnamese name of a column in problem messages (file problems are written in
 * Vietnamese, the administration's language, as everywhere in the application).
 */
final class DossierLabels {

	private DossierLabels() {
	}

	static String vietnamese(DossierColumn column) {
		return switch (column) {
			case CODE -> "Mã hồ sơ";
			case PROCEDURE_CODE -> "Mã thủ tục";
			case PROCEDURE_NAME -> "Tên thủ tục";
			case FIELD -> "Lĩnh vực";
			case UNIT -> "Đơn vị xử lý";
			case CHANNEL -> "Kênh tiếp nhận";
			case RECEIVED_AT -> "Ngày tiếp nhận";
			case DUE_AT -> "Ngày hẹn trả";
			case RETURNED_AT -> "Ngày trả kết quả";
			case STATUS -> "Trạng thái";
			case APOLOGY_SLIP -> "Phiếu xin lỗi";
		};
	}

}
