package vn.ddcihub.documents;

import java.util.Objects;

/**
 * A chart already rendered to PNG (for example by {@link ChartRenderer}) with its
 * caption.
 *
 * @param png the PNG bytes
 * @param caption the caption shown under the image; may be blank
 */
public record ChartImage(byte[] png, String caption) {

	public ChartImage {
		Objects.requireNonNull(png, "png");
		png = png.clone();
		caption = caption == null ? "" : caption;
	}

	@Override
	public byte[] png() {
		return png.clone();
	}
}
