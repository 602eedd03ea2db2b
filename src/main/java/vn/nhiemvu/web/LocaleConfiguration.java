package vn.nhiemvu.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.nhiemvu.shared.Message;

/**
 * The language of the pages (ADR 0033): Vietnamese for everyone, whatever their browser asks for, until a person
 * follows "English" ({@code ?lang=en}) or "Tiếng Việt" ({@code ?lang=vi}); the choice is kept in a cookie, so it
 * holds on the login page, before there is a session, and across sign-ins on that browser.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    /** The query parameter that switches the language. */
    static final String PARAMETER = "lang";

    /** The cookie that keeps the choice. */
    static final String COOKIE = "nhiemvu-lang";

    private static final String ENGLISH = "en";

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver(COOKIE) {

            /** Only the two languages the bundles hold; any other asked for is Vietnamese. */
            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                super.setLocale(request, response, locale != null && ENGLISH.equals(locale.getLanguage())
                        ? Locale.ENGLISH : Message.VIETNAMESE);
            }
        };
        resolver.setDefaultLocale(Message.VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName(PARAMETER);
        // A malformed value is ignored rather than answered 500.
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
