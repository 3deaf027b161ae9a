package vn.ddcihub.documents;

/** A4 page and margins of Decree 30/2020/NĐ-CP, shared by the Word and PDF renderers. */
final class PageLayout {

    static final double A4_SHORT_MM = 210;
    static final double A4_LONG_MM = 297;
    static final double MARGIN_TOP_MM = 20;
    static final double MARGIN_BOTTOM_MM = 20;
    static final double MARGIN_LEFT_MM = 30;
    static final double MARGIN_RIGHT_MM = 15;

    static final String MOTTO_NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String RECIPIENTS_LABEL = "Nơi nhận:";

    /** Share of the text width taken by the issuer column of the header and signature tables. */
    static final double LEFT_COLUMN_FRACTION = 0.40;

    /**
     * The issuer and motto header reaches this far into each side margin, as clerks set it, so that a
     * long issuer name ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG") and the national motto each stay on one line.
     */
    static final double HEADER_OVERHANG_MM = 10;

    /** Share of the widened header taken by the issuer column. */
    static final double HEADER_LEFT_FRACTION = 0.45;

    /** Extra first-line indent of a "+" bullet relative to a "-" bullet. */
    static final double SECOND_LEVEL_INDENT_MM = 5;

    private PageLayout() {
    }

    static int twips(double mm) {
        return (int) Math.round(mm / 25.4 * 1440);
    }

    static float points(double mm) {
        return (float) (mm / 25.4 * 72);
    }

    static double textWidthMm(boolean landscape) {
        return (landscape ? A4_LONG_MM : A4_SHORT_MM) - MARGIN_LEFT_MM - MARGIN_RIGHT_MM;
    }

    static String recipientLine(String recipient) {
        return "- " + recipient;
    }
}
