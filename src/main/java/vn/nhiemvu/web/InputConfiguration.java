package vn.nhiemvu.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import vn.nhiemvu.shared.Dates;
import vn.nhiemvu.shared.InputRules;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * Applies {@link InputRules} wherever input comes in: the API's JSON (which also refuses fields it
 * does not know, naming them), query parameters and form fields. The application's shared
 * {@link JsonMapper} stays lenient, because it also reads JSON this application stored itself
 * (report snapshots, event publications) that an older version may have written with other fields.
 */
@Configuration(proxyBeanMethods = false)
class InputConfiguration implements WebMvcConfigurer {

    /** Attribute by which a refusal outside MVC hands its Vietnamese words to {@link ErrorPageController}. */
    static final String REFUSAL = InputConfiguration.class.getName() + ".refusal";

    /** Takes the JSON converter's place after Spring Boot's (order 0), so the converters' order stays. */
    @Bean
    @Order(1)
    ServerHttpMessageConvertersCustomizer strictJsonConverter(JsonMapper shared) {
        var rules = new SimpleModule("input-rules")
                .addDeserializer(String.class, new CheckedStrings())
                .addDeserializer(LocalDate.class, new CheckedDates());
        var strict = new JacksonJsonHttpMessageConverter(shared.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addModule(rules)
                .build());
        return converters -> converters.withJsonConverter(strict);
    }

    /** Text fields of multipart forms, which {@link ParameterFilter} leaves to Spring's own parsing of uploads. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (request instanceof MultipartHttpServletRequest) {
                    String refused = refusedParameter(request);
                    if (refused != null) {
                        throw InvalidInputException.of(refused, refusal(refused));
                    }
                }
                return true;
            }
        });
    }

    /** The name of the first parameter whose name or value is not acceptable text, or null. */
    private static String refusedParameter(HttpServletRequest request) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            boolean acceptable = InputRules.isAcceptableText(parameter.getKey());
            for (String value : parameter.getValue()) {
                acceptable &= InputRules.isAcceptableText(value);
            }
            if (!acceptable) {
                return InputRules.isAcceptableText(parameter.getKey()) ? parameter.getKey() : "?";
            }
        }
        return null;
    }

    private static Message refusal(String parameter) {
        return Message.of("invalid.parameter.characters", parameter);
    }

    /**
     * Dates in query parameters and form fields: on the pages dd/mm/yyyy as people type them, or ISO as
     * links send them ({@link Dates#parse}); under {@code /api/} ISO only, like the API's JSON. Printed
     * dd/mm/yyyy into the pages' fields. Registered after Spring's own, so it also reads parameters that
     * still carry {@code @DateTimeFormat}.
     */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
            @Override
            public LocalDate parse(String text, Locale locale) {
                return onApi() ? InputRules.checkDate(LocalDate.parse(text.strip())) : Dates.parse(text);
            }

            @Override
            public String print(LocalDate date, Locale locale) {
                return Dates.format(date);
            }
        });
    }

    private static boolean onApi() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getRequestURI().startsWith(attributes.getRequest().getContextPath() + "/api/");
    }

    static final class CheckedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            return InputRules.checkText(super.deserialize(p, ctxt));
        }
    }

    static final class CheckedDates extends LocalDateDeserializer {

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            return InputRules.checkDate(super.deserialize(p, ctxt));
        }
    }

    /**
     * Query parameters and form fields, before Spring Security reads a login form: a NUL would
     * otherwise reach the database, where PostgreSQL refuses it as an error of its own.
     */
    @Component
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    static class ParameterFilter extends OncePerRequestFilter {

        /** Uploads are parsed by Spring, whose size limits answer first; their fields are checked above. */
        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return request.getContentType() != null && request.getContentType().startsWith("multipart/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String refused = refusedParameter(request);
            if (refused != null) {
                request.setAttribute(REFUSAL, refusal(refused));
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
