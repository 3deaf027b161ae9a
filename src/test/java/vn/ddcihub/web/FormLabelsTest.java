package vn.ddcihub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.shared.Label;

/**
 * Every field of every form record a page binds names itself by a label that exists in
 * Vietnamese and English — so no message ever shows a field's code (title, leadUnitIds)
 * to a person.
 */
class FormLabelsTest extends IntegrationTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private MessageSource messages;

	@Test
	void everyBoundFormFieldHasALabelInBothLanguages() {
		Set<String> forms = new TreeSet<>();
		Set<String> missing = new TreeSet<>();
		for (HandlerMethod handler : mappings.getHandlerMethods().values()) {
			for (MethodParameter parameter : handler.getMethodParameters()) {
				Class<?> type = parameter.getParameterType();
				if (!parameter.hasParameterAnnotation(ModelAttribute.class) || !type.isRecord()) {
					continue;
				}
				forms.add(type.getSimpleName());
				for (RecordComponent component : type.getRecordComponents()) {
					Label label = component.getAnnotation(Label.class);
					if (label == null) {
						missing.add(type.getSimpleName() + "." + component.getName() + ": no @Label");
						continue;
					}
					for (Locale locale : new Locale[] { Locale.forLanguageTag("vi"), Locale.ENGLISH }) {
						String text = messages.getMessage(label.value(), null, null, locale);
						if (text == null || text.contains("{")) {
							missing.add(type.getSimpleName() + "." + component.getName() + ": " + label.value() + " ("
									+ locale + ")");
						}
					}
				}
			}
		}
		assertThat(forms).as("form records bound by pages")
			.contains("PlanForm", "TaskInput", "TargetInput", "UserForm", "PasswordChangeForm", "EditionForm",
					"AuditFilter");
		assertThat(missing).isEmpty();
	}

}
