package vn.ddcihub;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A form page as a person (and a screen reader) meets it after a wrong value, read with
 * jsoup: the GOV.UK error pattern — summary at the top linking to the field, the message
 * beside the field, the field marked, the title prefixed — in Vietnamese or English.
 */
public final class FormPage {

	private final Document page;

	private final boolean english;

	private FormPage(String html) {
		this.page = Jsoup.parse(html);
		this.english = "en".equals(page.selectFirst("html").attr("lang"));
	}

	public static FormPage of(String html) {
		return new FormPage(html);
	}

	/**
	 * Asserts the whole pattern for one field: a link to {@code #fieldId} in the error
	 * summary with {@code message}, the same message above the input with a hidden "Lỗi:"
	 * prefix, the input marked invalid and described by the message, and the page title
	 * starting with "Lỗi: ".
	 */
	public FormPage showsError(String fieldId, String message) {
		Element summary = page.selectFirst("[data-error-summary]");
		assertThat(summary).as("error summary").isNotNull();
		assertThat(summary.attr("role")).isEqualTo("alert");
		assertThat(summary.attr("tabindex")).isEqualTo("-1");
		assertThat(summary.selectFirst("h2").text()).isEqualTo(english ? "There is a problem" : "Có lỗi cần sửa");
		Element link = summary.selectFirst("a[href=#" + fieldId + "]");
		assertThat(link).as("summary link to #%s", fieldId).isNotNull();
		assertThat(link.text()).isEqualTo(message);
		Element error = page.getElementById(fieldId + "-error");
		assertThat(error).as("message beside #%s", fieldId).isNotNull();
		assertThat(error.selectFirst(".visually-hidden").text()).isEqualTo(english ? "Error:" : "Lỗi:");
		assertThat(error.text()).isEqualTo((english ? "Error: " : "Lỗi: ") + message);
		Element input = page.getElementById(fieldId);
		assertThat(input).as("field #%s", fieldId).isNotNull();
		if (!input.is("input[type=checkbox]")) {
			assertThat(input.attr("aria-invalid")).isEqualTo("true");
			assertThat(input.attr("aria-describedby").split(" ")).contains(fieldId + "-error");
			assertThat(input.classNames()).contains("input-error");
		}
		assertThat(page.title()).startsWith(english ? "Error: " : "Lỗi: ");
		return this;
	}

	/** The value shown in an input or textarea: what was typed, wrong values included. */
	public String value(String fieldId) {
		Element input = page.getElementById(fieldId);
		assertThat(input).as("field #%s", fieldId).isNotNull();
		return input.val();
	}

	/** The text of the element with {@code id}. */
	public String text(String id) {
		Element element = page.getElementById(id);
		assertThat(element).as("#%s", id).isNotNull();
		return element.text();
	}

	public Element element(String cssQuery) {
		return page.selectFirst(cssQuery);
	}

	public boolean hasErrors() {
		return page.selectFirst("[data-error-summary]") != null;
	}

}
