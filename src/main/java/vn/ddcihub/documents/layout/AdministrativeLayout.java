package vn.ddcihub.documents.layout;

import java.util.ArrayList;
import java.util.List;

import vn.ddcihub.documents.AdministrativeDocument;
import vn.ddcihub.documents.Block;
import vn.ddcihub.documents.TableContent;
import vn.ddcihub.documents.layout.Element.Grid;
import vn.ddcihub.documents.layout.Element.Grid.Cell;
import vn.ddcihub.documents.layout.Element.Text;

/**
 * The administrative layout of Decree 30/2020/NĐ-CP (thể thức văn bản hành chính),
 * described once: every measure, style and block order below is drawn the same by the
 * Word and the PDF painter, so a change here changes both.
 *
 * <p>
 * A4; margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; Times New Roman
 * 13–14 pt for the body; page numbers centred at the top from page 2. Blocks in order:
 * header (issuing body left with a short rule under it, national name and motto right;
 * number and symbol under the issuer, place and date under the motto), title (kind and
 * summary, a short rule), body, closing (recipients left, signer right), then annexes on
 * pages of their own.
 */
public final class AdministrativeLayout {

	public static final PageSetup PAGE = new PageSetup(20, 20, 30, 15, 10, TextStyle.plain(13));

	static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
	static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
	static final String RECIPIENTS_LABEL = "Nơi nhận:";

	static final double RULE_THICKNESS_PT = 0.5;

	/**
	 * The header reaches this far into each side margin, as clerks set it, so that a long
	 * issuer name ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG") and the national motto each stay on one
	 * line.
	 */
	static final double HEADER_OVERHANG_MM = 10;
	static final double HEADER_ISSUER_SHARE = 0.45;
	static final TextStyle ISSUER_PARENT_STYLE = TextStyle.plain(12);
	static final TextStyle ISSUER_STYLE = TextStyle.bold(12);
	static final double ISSUER_RULE_SHARE = 0.35;
	static final TextStyle NATION_STYLE = TextStyle.bold(12);
	static final TextStyle MOTTO_STYLE = TextStyle.bold(14).underlined();
	static final TextStyle NUMBER_STYLE = TextStyle.plain(13);
	static final TextStyle PLACE_DATE_STYLE = TextStyle.italic(14);
	static final double NUMBER_ROW_SPACE_PT = 6;
	static final double RULE_SPACE_BEFORE_PT = 3;

	static final TextStyle KIND_STYLE = TextStyle.bold(14);
	static final TextStyle SUBTITLE_STYLE = TextStyle.bold(14);
	static final double TITLE_SPACE_BEFORE_PT = 18;

	/**
	 * The rule under the title: a third of the text width, which the summary line spans
	 * (Decree 30: 1/3 to 1/2 of the title's width).
	 */
	static final double TITLE_RULE_SHARE = 0.36;
	static final double TITLE_SPACE_AFTER_PT = 12;

	public static final TableStyle TABLE = new TableStyle(TextStyle.bold(14), TextStyle.bold(12), TextStyle.plain(12),
			"EEEEEE", 4, 0.5, 1.0, 6, 0, 8);

	public static final BlockLayout BODY = new BlockLayout(PAGE, TextStyle.plain(14), 1.1, 12.7, 5, 6, 6, TABLE, 150,
			TextStyle.italic(13));

	static final double CLOSING_SPACE_BEFORE_PT = 12;
	static final TextStyle RECIPIENTS_LABEL_STYLE = TextStyle.boldItalic(12);
	static final TextStyle RECIPIENTS_STYLE = TextStyle.plain(11);
	static final TextStyle SIGNER_STYLE = TextStyle.bold(14);

	/**
	 * Room for the handwritten signature and the seal between the signer's title and
	 * name.
	 */
	static final double SIGNATURE_SPACE_PT = 70;

	/** "DỰ THẢO" at the top right of every page of a draft. */
	public static final TextStyle MARK_STYLE = TextStyle.bold(13);

	static final TextStyle ANNEX_LABEL_STYLE = TextStyle.bold(14);
	static final TextStyle ANNEX_NOTE_STYLE = TextStyle.italic(14);

	private AdministrativeLayout() {
	}

	/** The whole document: header, title, body, closing, annexes. */
	public static List<Element> document(AdministrativeDocument document) {
		Fields fields = Fields.of(document);
		List<Element> elements = new ArrayList<>();
		if (!document.mark().isBlank()) {
			elements.add(new Element.Mark(document.mark(), MARK_STYLE));
		}
		elements.addAll(header(fields));
		elements.addAll(title(fields));
		elements.addAll(keptWithClosing(body(document)));
		elements.addAll(closing(fields));
		elements.addAll(annexes(document.annexes(), true));
		return elements;
	}

	/**
	 * Issuer block (left) and national motto block (right), then number and
	 * place-and-date.
	 */
	public static List<Element> header(Fields fields) {
		List<Element> issuer = new ArrayList<>();
		if (!fields.issuerParent().isBlank()) {
			issuer.add(Text.centred(fields.issuerParent(), ISSUER_PARENT_STYLE));
		}
		issuer.add(Text.centred(fields.issuer(), ISSUER_STYLE));
		issuer.add(new Element.Rule(ISSUER_RULE_SHARE, RULE_THICKNESS_PT, RULE_SPACE_BEFORE_PT, 0));
		List<Element> motto = List.of(Text.centred(NATION, NATION_STYLE), Text.centred(MOTTO, MOTTO_STYLE));
		Cell number = new Cell(List.of(Text.centred("Số: " + fields.numberSymbol(), NUMBER_STYLE)),
				NUMBER_ROW_SPACE_PT);
		Cell date = new Cell(List.of(Text.centred(fields.placeAndDate(), PLACE_DATE_STYLE)), NUMBER_ROW_SPACE_PT);
		return List.of(new Grid(HEADER_OVERHANG_MM, List.of(HEADER_ISSUER_SHARE, 1 - HEADER_ISSUER_SHARE),
				List.of(List.of(new Cell(issuer, 0), new Cell(motto, 0)), List.of(number, date)), 0, false));
	}

	/** Document kind and summary, centred and bold, with a short rule under them. */
	public static List<Element> title(Fields fields) {
		List<Element> elements = new ArrayList<>();
		elements.add(Text.centred(fields.kind(), KIND_STYLE).spaceBefore(TITLE_SPACE_BEFORE_PT).keptWithNext());
		if (!fields.subtitle().isBlank()) {
			elements.add(Text.centred(fields.subtitle(), SUBTITLE_STYLE).keptWithNext());
		}
		elements.add(new Element.Rule(TITLE_RULE_SHARE, RULE_THICKNESS_PT, RULE_SPACE_BEFORE_PT, TITLE_SPACE_AFTER_PT));
		return elements;
	}

	/** Preamble paragraphs and body blocks, on portrait pages. */
	public static List<Element> body(AdministrativeDocument document) {
		List<Block> blocks = new ArrayList<>();
		document.preamble().forEach(paragraph -> blocks.add(Block.paragraph(paragraph)));
		blocks.addAll(document.body());
		return BODY.elements(blocks, false);
	}

	/**
	 * The body with its last paragraph kept on the page of the closing, so that the
	 * recipients and the signature never stand alone on a page.
	 */
	static List<Element> keptWithClosing(List<Element> body) {
		List<Element> elements = new ArrayList<>(body);
		for (int i = elements.size() - 1; i >= 0; i--) {
			if (elements.get(i) instanceof Text last) {
				elements.set(i, last.keptWithNext());
				break;
			}
			if (!(elements.get(i) instanceof Element.Rule)) {
				break;
			}
		}
		return elements;
	}

	/**
	 * Where a template's body goes: a body paragraph holding only the body placeholder.
	 */
	public static Element bodyPlaceholder() {
		return BODY.paragraph(Fields.placeholder(Fields.BODY), BODY.text(), 0);
	}

	/** Recipients (bottom left) and signer (bottom right), kept together on one page. */
	public static List<Element> closing(Fields fields) {
		List<Element> recipients = new ArrayList<>();
		recipients.add(Text.left(RECIPIENTS_LABEL, RECIPIENTS_LABEL_STYLE));
		if (!fields.recipients().isBlank()) {
			recipients.add(Text.left(fields.recipients(), RECIPIENTS_STYLE));
		}
		List<Element> signer = new ArrayList<>();
		if (!fields.authority().isBlank()) {
			signer.add(Text.centred(fields.authority(), SIGNER_STYLE));
		}
		signer.add(Text.centred(fields.signerTitle(), SIGNER_STYLE));
		signer.add(Text.centred(fields.signerName(), SIGNER_STYLE).spaceBefore(SIGNATURE_SPACE_PT));
		return List.of(new Grid(0, List.of(0.5, 0.5), List.of(List.of(new Cell(recipients, 0), new Cell(signer, 0))),
				CLOSING_SPACE_BEFORE_PT, true));
	}

	/**
	 * Annex tables (phụ lục), each on pages of its own orientation and numbered on its
	 * own, under its caption: the label ("Phụ lục") on its own line, the title, the note
	 * ("(Kèm theo Kế hoạch số … ngày …)") in italics and a short rule.
	 * @param afterContent whether something precedes the first annex (then it starts a
	 * new page)
	 */
	public static List<Element> annexes(List<TableContent> tables, boolean afterContent) {
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < tables.size(); i++) {
			TableContent table = tables.get(i);
			boolean follows = afterContent || i > 0;
			elements.add(new Element.PageStart(table.landscape(), follows, follows));
			if (!table.mark().isBlank()) {
				elements.add(new Element.Mark(table.mark(), MARK_STYLE));
			}
			if (!table.label().isBlank()) {
				elements.add(Text.centred(table.label(), ANNEX_LABEL_STYLE).keptWithNext());
				elements.add(Text.centred(table.title(), TABLE.title()).keptWithNext());
				if (!table.note().isBlank()) {
					elements.add(Text.centred(table.note(), ANNEX_NOTE_STYLE).keptWithNext());
				}
				elements.add(new Element.Rule(TITLE_RULE_SHARE / 2, RULE_THICKNESS_PT, RULE_SPACE_BEFORE_PT,
						TABLE.titleSpaceAfterPt()));
				elements.add(new Element.Table(table.titled(""), TABLE));
			}
			else {
				elements.add(new Element.Table(table, TABLE));
			}
		}
		return elements;
	}

	/** "- UBND tỉnh (B/c);": a recipient line. */
	public static String recipientLine(String recipient) {
		return "- " + recipient;
	}

}
