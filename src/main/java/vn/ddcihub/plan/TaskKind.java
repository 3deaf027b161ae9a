package vn.ddcihub.plan;

/**
 * How often a plan task is due: regular work (thường xuyên), recurring (hàng tháng, hàng
 * quý, hàng năm) or a one-off task with a deadline (có thời hạn).
 */
public enum TaskKind {

	REGULAR("Thường xuyên"), MONTHLY("Hàng tháng"), QUARTERLY("Hàng quý"), YEARLY("Hàng năm"), ONE_OFF("Có thời hạn");

	private final String label;

	TaskKind(String label) {
		this.label = label;
	}

	/** Vietnamese label as written in plan documents (pages use the message bundles). */
	public String label() {
		return label;
	}

}
