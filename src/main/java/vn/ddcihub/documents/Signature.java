package vn.ddcihub.documents;

/**
 * The signer block (phần ký) at the bottom right of a document.
 *
 * @param authority optional line above the title when signing on behalf of the head, e.g.
 * "KT. GIÁM ĐỐC" or "TL. GIÁM ĐỐC"; null or blank when the head signs
 * @param title the signer's title, e.g. "GIÁM ĐỐC" or "PHÓ GIÁM ĐỐC"
 * @param name the signer's full name, e.g. "Bùi Văn Côi"
 */
public record Signature(String authority, String title, String name) {

	public Signature {
		requireText(title, "title");
		requireText(name, "name");
	}

	/** The head of the issuer signs in person. */
	public static Signature head(String title, String name) {
		return new Signature(null, title, name);
	}

	/** True when an authority line ("KT. GIÁM ĐỐC") precedes the title. */
	public boolean hasAuthority() {
		return authority != null && !authority.isBlank();
	}

	static void requireText(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " must not be blank");
		}
	}
}
