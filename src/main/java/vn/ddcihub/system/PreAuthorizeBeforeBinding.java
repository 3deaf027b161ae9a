package vn.ddcihub.system;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Decides a handler's {@code @PreAuthorize} (on the method, else on its class) before the
 * request is read. Spring's method security runs only after the arguments are bound and
 * validated, so a user who may not post a form would be told about its mistakes (400)
 * instead of being refused (403); here the same expression is evaluated first, with the
 * same expression handler, and method security stays as the second line after binding.
 * The expression sees {@code principal}/{@code authentication} and the handler's
 * parameters that come from the address — path variables ({@code #id}) and query
 * parameters ({@code #block}), converted to the parameter's type and named like the
 * parameter — never the body (other parameters are null here). An address whose values do
 * not convert is left to binding, which answers 400 before anything runs.
 */
@Component
class PreAuthorizeBeforeBinding implements HandlerInterceptor, WebMvcConfigurer {

	private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();

	private static final TypeDescriptor STRING = TypeDescriptor.valueOf(String.class);

	private final MethodSecurityExpressionHandler expressions;

	private final ConversionService conversions = DefaultConversionService.getSharedInstance();

	/**
	 * Per handler method, read once: its rule and where each of its parameters comes from
	 * in the address.
	 */
	private final Map<Method, Optional<Rule>> rules = new ConcurrentHashMap<>();

	private record Rule(Expression expression, List<AddressParameter> parameters) {
	}

	/**
	 * A parameter from the path (name of the path variable) or the query (name and
	 * default value, null when none); others are left null.
	 */
	private record AddressParameter(boolean fromPath, String name, String defaultValue, TypeDescriptor type) {
	}

	PreAuthorizeBeforeBinding(MethodSecurityExpressionHandler expressions) {
		this.expressions = expressions;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// After the other interceptors, so a refused request still remembers a language
		// chosen with ?lang=.
		registry.addInterceptor(this).order(Ordered.LOWEST_PRECEDENCE);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		Optional<Rule> rule = rules.computeIfAbsent(method.getMethod(), m -> rule(method));
		if (rule.isEmpty()) {
			return true;
		}
		Expression expression = rule.get().expression();
		Object[] arguments;
		try {
			arguments = addressArguments(rule.get().parameters(), request);
		}
		catch (ConversionException malformedAddress) {
			return true;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		EvaluationContext context = expressions.createEvaluationContext(() -> authentication,
				new SimpleMethodInvocation(method.getBean(), method.getMethod(), arguments));
		if (!Boolean.TRUE.equals(expression.getValue(context, Boolean.class))) {
			throw new AuthorizationDeniedException("Access Denied",
					new ExpressionAuthorizationDecision(false, expression));
		}
		return true;
	}

	private Optional<Rule> rule(HandlerMethod method) {
		PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
		}
		if (rule == null) {
			return Optional.empty();
		}
		return Optional.of(new Rule(expressions.getExpressionParser().parseExpression(rule.value()),
				addressParameters(method.getMethod())));
	}

	private static List<AddressParameter> addressParameters(Method method) {
		List<AddressParameter> parameters = new ArrayList<>();
		for (int i = 0; i < method.getParameterCount(); i++) {
			MethodParameter parameter = new MethodParameter(method, i);
			parameter.initParameterNameDiscovery(PARAMETER_NAMES);
			PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			TypeDescriptor type = new TypeDescriptor(parameter);
			if (pathVariable != null) {
				parameters.add(new AddressParameter(true, name(pathVariable.name(), parameter), null, type));
			}
			else if (requestParam != null && !Map.class.isAssignableFrom(parameter.getParameterType())) {
				parameters.add(new AddressParameter(false, name(requestParam.name(), parameter),
						ValueConstants.DEFAULT_NONE.equals(requestParam.defaultValue()) ? null
								: requestParam.defaultValue(),
						type));
			}
			else {
				parameters.add(null);
			}
		}
		return parameters;
	}

	/**
	 * The handler's arguments as far as the address gives them: path variables and query
	 * parameters.
	 */
	private Object[] addressArguments(List<AddressParameter> parameters, HttpServletRequest request) {
		@SuppressWarnings("unchecked")
		Map<String, String> pathVariables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		MultiValueMap<String, String> query = request.getQueryString() == null ? new LinkedMultiValueMap<>()
				: UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams();
		Object[] arguments = new Object[parameters.size()];
		for (int i = 0; i < arguments.length; i++) {
			AddressParameter parameter = parameters.get(i);
			String value = null;
			if (parameter == null) {
				continue;
			}
			if (parameter.fromPath()) {
				value = pathVariables == null ? null : pathVariables.get(parameter.name());
			}
			else {
				String given = query.getFirst(parameter.name());
				value = given != null ? decode(given) : parameter.defaultValue();
			}
			if (value != null) {
				arguments[i] = conversions.convert(value, STRING, parameter.type());
			}
		}
		return arguments;
	}

	private static String name(String declared, MethodParameter parameter) {
		return declared.isEmpty() ? parameter.getParameterName() : declared;
	}

	/** As the container decodes a query value ({@code +} is a space). */
	private static String decode(String value) {
		return UriUtils.decode(value.replace('+', ' '), StandardCharsets.UTF_8);
	}

}
