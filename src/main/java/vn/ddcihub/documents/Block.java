package vn.ddcihub.documents;

/** One element of a document body, rendered in order. */
public sealed interface Block
		permits Block.Heading, Block.Paragraph, Block.Bullet, Block.Table, Block.Chart, Block.NewPage {

	/**
	 * A heading: level 1 for "I. MỤC ĐÍCH, YÊU CẦU", level 2 for "1. Mục đích", level 3
	 * for "1.1. …" (bold italic). The text includes its numbering.
	 */
	record Heading(int level, String text) implements Block {
		public Heading {
			if (level < 1 || level > 3) {
				throw new IllegalArgumentException("heading level must be 1, 2 or 3");
			}
			Signature.requireText(text, "text");
		}
	}

	/** A justified paragraph with a first-line indent. */
	record Paragraph(String text) implements Block {
		public Paragraph {
			Signature.requireText(text, "text");
		}
	}

	/** A bullet written with a "-" (first level) or "+" (second level) marker. */
	record Bullet(char marker, String text) implements Block {
		public Bullet {
			if (marker != '-' && marker != '+') {
				throw new IllegalArgumentException("bullet marker must be '-' or '+'");
			}
			Signature.requireText(text, "text");
		}
	}

	/** A table; landscape tables get their own landscape pages. */
	record Table(TableContent content) implements Block {
	}

	/**
	 * A chart image with its caption, as wide as the layout allows and at most
	 * {@code heightShare} of the page's text height.
	 */
	record Chart(ChartImage image, double heightShare) implements Block {
		/** Share of the page a chart may take unless the feature says otherwise. */
		public static final double DEFAULT_HEIGHT_SHARE = 0.7;

		public Chart {
			java.util.Objects.requireNonNull(image, "image");
			if (heightShare <= 0 || heightShare > 1) {
				throw new IllegalArgumentException("heightShare must be in (0, 1]");
			}
		}
	}

	/** What follows starts on a new page. */
	record NewPage() implements Block {
	}

	static Heading heading(int level, String text) {
		return new Heading(level, text);
	}

	static Paragraph paragraph(String text) {
		return new Paragraph(text);
	}

	static Bullet dash(String text) {
		return new Bullet('-', text);
	}

	static Bullet plus(String text) {
		return new Bullet('+', text);
	}

	static Table table(TableContent content) {
		return new Table(content);
	}

	static Chart chart(ChartImage image) {
		return new Chart(image, Chart.DEFAULT_HEIGHT_SHARE);
	}

	static Chart chart(ChartImage image, double heightShare) {
		return new Chart(image, heightShare);
	}

	static NewPage newPage() {
		return new NewPage();
	}

}
