package vn.ddcihub.documents.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.ddcihub.documents.AdministrativeDocument;
import vn.ddcihub.documents.Signature;
import vn.ddcihub.shared.VietnameseFormat;

/**
 * The texts of the fixed parts of an administrative document (header, title, closing),
 * each with the name of its Word template placeholder. The layout draws the same parts
 * from real values or from {@code {{placeholders}}} (the starter template), so a template
 * made from the starter fills back to the generated document.
 */
public record Fields(String issuerParent, String issuer, String numberSymbol, String placeAndDate, String kind,
		String subtitle, String recipients, String authority, String signerTitle, String signerName) {

	/** Placeholder names, in the order of the components. */
	private static final List<String> NAMES = List.of("co_quan_chu_quan", "co_quan_ban_hanh", "so_ky_hieu",
			"dia_danh_ngay", "tieu_de", "trich_yeu", "noi_nhan", "quyen_han_ky", "chuc_vu_ky", "nguoi_ky");

	/** The placeholder of the body (preamble and blocks), alone in its paragraph. */
	public static final String BODY = "noi_dung";

	public static Fields of(AdministrativeDocument document) {
		Signature signature = document.signature();
		List<String> recipients = document.recipients().stream().map(AdministrativeLayout::recipientLine).toList();
		return new Fields(document.issuerParent(), document.issuer(), document.numberSymbol(),
				VietnameseFormat.placeAndDate(document.place(), document.date()), document.kind(), document.subtitle(),
				String.join("\n", recipients), signature.hasAuthority() ? signature.authority() : "", signature.title(),
				signature.name());
	}

	/** Every field as its {{placeholder}}. */
	public static Fields placeholders() {
		String[] p = NAMES.stream().map(Fields::placeholder).toArray(String[]::new);
		return new Fields(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9]);
	}

	public static String placeholder(String name) {
		return "{{" + name + "}}";
	}

	/** Placeholder name → value, for filling a template. */
	public Map<String, String> byPlaceholder() {
		List<String> values = List.of(issuerParent, issuer, numberSymbol, placeAndDate, kind, subtitle, recipients,
				authority, signerTitle, signerName);
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < NAMES.size(); i++) {
			map.put(NAMES.get(i), values.get(i));
		}
		return map;
	}
}
