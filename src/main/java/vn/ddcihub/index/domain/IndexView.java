package vn.ddcihub.index.domain;

import java.text.Normalizer;
import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

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

	/**
	 * A band as named in the page's language: the bundles name the DDCI bands
	 * ({@code index.bandName.rat-tot=Very good}); a band an edition defines otherwise
	 * keeps its own label.
	 */
	public static MessageSourceResolvable bandName(String band) {
		if (band == null) {
			return new DefaultMessageSourceResolvable(new String[0], "–");
		}
		return new DefaultMessageSourceResolvable(
				new String[] { "index.bandName." + bandClass(band).substring("band-".length()) }, band);
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
