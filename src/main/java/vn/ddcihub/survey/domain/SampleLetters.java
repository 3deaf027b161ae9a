package vn.ddcihub.survey.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import vn.ddcihub.documents.AdministrativeDocument;
import vn.ddcihub.documents.Block;
import vn.ddcihub.documents.Signature;
import vn.ddcihub.shared.CsvCells;
import vn.ddcihub.shared.VietnameseFormat;
import vn.ddcihub.survey.Questionnaire;

/**
 * The invitation letters (one A4 administrative letter per business: header, greeting,
 * why the survey, the portal address and the code, the deadline, the contact) and the
 * file for SMS and e-mail, for the businesses whose code can still be used.
 */
final class SampleLetters {

	private SampleLetters() {
	}

	static List<AdministrativeDocument> letters(Questionnaire questionnaire, SurveyDays days, LetterDetails details,
			List<SampledBusiness> businesses, Map<String, String> unitNames, String portal, LocalDate today) {
		String edition = "năm " + questionnaire.year() + " (" + Questionnaires.blockLabel(questionnaire.block()) + ")";
		List<AdministrativeDocument> letters = new ArrayList<>();
		for (SampledBusiness business : businesses) {
			String units = business.unitCodes()
				.stream()
				.map(code -> unitNames.getOrDefault(code, code))
				.collect(Collectors.joining("; "));
			List<Block> body = List.of(
					new Block.Paragraph(
							"Kính gửi: " + business.businessName() + " (mã số thuế " + business.taxCode() + ")."),
					new Block.Paragraph("Nhằm lắng nghe ý kiến của cộng đồng doanh nghiệp về chất lượng điều hành và "
							+ "cung cấp dịch vụ công của các cơ quan, " + details.issuer().strip()
							+ " tổ chức khảo sát Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI) "
							+ edition + ". Quý doanh nghiệp được mời cho ý kiến về các cơ quan đã làm việc: " + units
							+ "."),
					new Block.Paragraph("Ý kiến của Quý doanh nghiệp được giữ kín: câu trả lời không gắn với tên hay "
							+ "mã số thuế của doanh nghiệp, và mã khảo sát không còn liên kết với phiếu khi đã gửi."),
					new Block.Bullet('-', "Địa chỉ trả lời khảo sát: " + portal),
					new Block.Bullet('-',
							"Mã khảo sát của doanh nghiệp (dùng một lần): " + SurveyCodes.grouped(business.code())),
					new Block.Bullet('-', "Hạn trả lời: hết ngày " + VietnameseFormat.date(days.closesOn())),
					new Block.Paragraph("Mọi thắc mắc xin liên hệ: " + details.contact().strip() + "."),
					new Block.Paragraph("Trân trọng cảm ơn sự hợp tác của Quý doanh nghiệp."));
			letters.add(new AdministrativeDocument(blankToEmpty(details.issuerParent()), details.issuer().strip(),
					details.numberSymbol().strip(), details.place().strip(), today, "THƯ MỜI",
					"Tham gia khảo sát DDCI " + edition, List.of(), body, List.of("Như trên;", "Lưu: VT."),
					Signature.head(details.signerTitle().strip(), details.signerName().strip()), List.of()));
		}
		return letters;
	}

	/** One line per business: name, phone, e-mail, code, link with the code, deadline. */
	static byte[] csv(List<SampledBusiness> businesses, SurveyDays days, String portal) {
		List<List<?>> rows = businesses.stream()
			.<List<?>>map(b -> java.util.Arrays.asList(b.businessName(), b.taxCode(), Objects.toString(b.phone(), ""),
					Objects.toString(b.email(), ""), SurveyCodes.grouped(b.code()), link(portal, b.code()),
					VietnameseFormat.date(days.closesOn())))
			.toList();
		return CsvCells.write(',', List.of("Tên doanh nghiệp", "Mã số thuế", "Điện thoại", "E-mail", "Mã khảo sát",
				"Đường dẫn", "Hạn trả lời"), rows);
	}

	static String link(String portal, String code) {
		return portal + "?ma=" + SurveyCodes.grouped(code);
	}

	private static String blankToEmpty(String text) {
		return text == null ? "" : text.strip();
	}

}
