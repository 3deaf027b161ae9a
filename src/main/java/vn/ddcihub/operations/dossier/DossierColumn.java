package vn.ddcihub.operations.dossier;

import java.util.List;

/**
 * What a column of a one-stop-shop export holds, with the header names (folded: no case,
 * no diacritics) that usually name it in Vietnamese and English exports. Required ones
 * must be mapped before an import starts.
 */
public enum DossierColumn {

	CODE(true, "ma ho so", "so ho so", "ma hs", "so hs", "dossier code", "dossier no", "dossier", "code"),
	PROCEDURE_CODE(false, "ma thu tuc", "ma tthc", "ma thu tuc hanh chinh", "procedure code"),
	PROCEDURE_NAME(false, "ten thu tuc", "thu tuc", "ten tthc", "thu tuc hanh chinh", "procedure name", "procedure"),
	FIELD(false, "linh vuc", "field", "sector"),
	UNIT(true, "don vi xu ly", "don vi giai quyet", "co quan giai quyet", "don vi", "phong ban", "handling unit",
			"unit"),
	CHANNEL(true, "kenh tiep nhan", "hinh thuc nop", "hinh thuc tiep nhan", "kenh", "channel", "submission channel"),
	RECEIVED_AT(true, "ngay tiep nhan", "ngay nhan", "thoi gian tiep nhan", "tiep nhan", "received at", "received"),
	DUE_AT(true, "ngay hen tra", "hen tra", "ngay hen tra ket qua", "han xu ly", "han giai quyet", "appointment date",
			"due date", "due"),
	RETURNED_AT(false, "ngay tra ket qua", "ngay tra", "ngay hoan thanh", "tra ket qua", "returned at", "returned",
			"completed at"),
	STATUS(false, "trang thai", "tinh trang", "status"),
	APOLOGY_SLIP(false, "phieu xin loi", "xin loi", "apology slip", "apology");

	private final boolean required;

	private final List<String> headers;

	DossierColumn(boolean required, String... headers) {
		this.required = required;
		this.headers = List.of(headers);
	}

	public boolean required() {
		return required;
	}

	/** Folded header names, most specific first. */
	List<String> headers() {
		return headers;
	}

	public String messageKey() {
		return "dossiers.column." + name();
	}

}
