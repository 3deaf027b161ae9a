package vn.ddcihub.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Pages are rendered into one UTF-8 buffer and sent in one write, with their length.
 * jte's own view writes each piece of a page through the response writer, which Spring
 * Security and Spring Session each wrap and check: thousands of small writes per page
 * cost more than building the page.
 */
@Configuration(proxyBeanMethods = false)
class BufferedJteViews {

	@Bean
	JteViewResolver jteViewResolver(TemplateEngine templates, JteProperties properties) {
		return new JteViewResolver(templates, properties) {
			@Override
			protected AbstractUrlBasedView instantiateView() {
				return new BufferedJteView(templates);
			}
		};
	}

	static final class BufferedJteView extends JteView {

		private final TemplateEngine templates;

		BufferedJteView(TemplateEngine templates) {
			super(templates);
			this.templates = templates;
		}

		@Override
		protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
				HttpServletResponse response) throws Exception {
			Utf8ByteOutput page = new Utf8ByteOutput();
			templates.render(getUrl(), model, page);
			byte[] bytes = page.toByteArray();
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setContentLength(bytes.length);
			response.getOutputStream().write(bytes);
		}

	}

}
