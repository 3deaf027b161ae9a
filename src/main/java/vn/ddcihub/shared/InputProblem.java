package vn.ddcihub.shared;

/**
 * One problem in user input: where (file, row, column — each optional) and what, in
 * Vietnamese.
 */
public record InputProblem(String file, Integer row, String column, String message) {

	public static InputProblem at(String file, int row, String column, String message) {
		return new InputProblem(file, row, column, message);
	}

	public static InputProblem field(String column, String message) {
		return new InputProblem(null, null, column, message);
	}

	/** "Tệp a.xlsx, dòng 5, cột C3: Điểm 11,2 nằm ngoài khoảng 0–10". */
	public String describe() {
		StringBuilder where = new StringBuilder();
		if (file != null) {
			where.append("Tệp ").append(file);
		}
		if (row != null) {
			where.append(where.isEmpty() ? "Dòng " : ", dòng ").append(row);
		}
		if (column != null) {
			where.append(where.isEmpty() ? "Cột " : ", cột ").append(column);
		}
		return where.isEmpty() ? message : where + ": " + message;
	}
}
