package vn.ddcihub.index.domain;

import java.text.Normalizer;
import java.util.Locale;

import vn.ddcihub.index.Block;

/** Small helpers of the index pages. */
public final class IndexView {

	private IndexView() {
	}

	/** CSS class of a band label: "Trung bình" → "band-trung-binh". */
	public static String bandClass(String band) {
		if (band == null) {
			return "";
		}
		return BAND_CLASSES.computeIfAbsent(band, IndexView::toBandClass);
	}

	private static final java.util.Map<String, String> BAND_CLASSES = new java.util.concurrent.ConcurrentHashMap<>();

	private static String toBandClass(String band) {
		String ascii = Normalizer.normalize(band.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-");
		return "band-" + ascii;
	}

	/** Arrow for a rank change: ▲ improved, ▼ fell, = same. */
	public static String arrow(Integer rankChange) {
		if (rankChange == null) {
			return "";
		}
		return rankChange > 0 ? "▲" + rankChange : rankChange < 0 ? "▼" + (-rankChange) : "=";
	}

	public static String arrowClass(Integer rankChange) {
		return rankChange == null || rankChange == 0 ? "" : rankChange > 0 ? "up" : "down";
	}

	public static String blockName(Block block) {
		return IndexService.blockName(block);
	}

}
