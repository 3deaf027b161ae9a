package vn.ddcihub.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Content of an administrative document (văn bản hành chính) laid out per Decree
 * 30/2020/NĐ-CP: a plan (kế hoạch), a report (báo cáo), an official letter… Features
 * build one and hand it to a renderer.
 *
 * @param issuerParent managing body, e.g. "UBND TỈNH LẠNG SƠN" (may be blank)
 * @param issuer issuing body, e.g. "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"
 * @param numberSymbol number and symbol without "Số:", e.g. "60/KH-STNMT"
 * @param place place name of the date line, e.g. "Lạng Sơn"
 * @param date signing date
 * @param kind document kind shown as the title, e.g. "KẾ HOẠCH"
 * @param subtitle summary line under the title (trích yếu); may be blank
 * @param preamble opening paragraphs (legal bases, context)
 * @param body the body blocks
 * @param recipients recipients (nơi nhận), one per entry, without the leading "- "
 * @param signature the signer block
 * @param annexes annex tables (phụ lục) placed after the signature, each on new pages
 * @param mark a mark at the top right of every page, e.g. "DỰ THẢO" while the document is
 * a draft (blank for none)
 */
public record AdministrativeDocument(String issuerParent, String issuer, String numberSymbol, String place,
		LocalDate date, String kind, String subtitle, List<String> preamble, List<Block> body, List<String> recipients,
		Signature signature, List<TableContent> annexes, String mark) {

	/** The mark drafts carry (Decree 30/2020/NĐ-CP: chỉ dẫn về dự thảo văn bản). */
	public static final String DRAFT = "DỰ THẢO";

	public AdministrativeDocument(String issuerParent, String issuer, String numberSymbol, String place, LocalDate date,
			String kind, String subtitle, List<String> preamble, List<Block> body, List<String> recipients,
			Signature signature, List<TableContent> annexes) {
		this(issuerParent, issuer, numberSymbol, place, date, kind, subtitle, preamble, body, recipients, signature,
				annexes, "");
	}

	public AdministrativeDocument {
		mark = mark == null ? "" : mark;
		issuerParent = issuerParent == null ? "" : issuerParent;
		Signature.requireText(issuer, "issuer");
		Signature.requireText(numberSymbol, "numberSymbol");
		Signature.requireText(place, "place");
		Objects.requireNonNull(date, "date");
		Signature.requireText(kind, "kind");
		subtitle = subtitle == null ? "" : subtitle;
		preamble = preamble == null ? List.of() : List.copyOf(preamble);
		body = body == null ? List.of() : List.copyOf(body);
		recipients = recipients == null ? List.of() : List.copyOf(recipients);
		Objects.requireNonNull(signature, "signature");
		annexes = annexes == null ? List.of() : List.copyOf(annexes);
	}
}
