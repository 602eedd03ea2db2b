package vn.nhiemvu.notification.internal;

import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import jakarta.mail.MessagingException;
import vn.nhiemvu.monitoring.NoticeIssued;

/**
 * E-mail through SMTP: a plain-text and an HTML part from Vietnamese templates, with the urging letter's PDF
 * attached. Off when no SMTP host is configured (Spring Boot then makes no mail sender).
 */
@Component
class MailChannel {

    private final ObjectProvider<JavaMailSender> sender;
    private final SpringTemplateEngine templates;
    private final String from;
    private final String baseUrl;

    MailChannel(ObjectProvider<JavaMailSender> sender,
            NotificationProperties settings) {
        this.sender = sender;
        this.from = settings.mail().from();
        String baseUrl = settings.baseUrl();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        // Its own engine: text templates beside HTML ones, SpEL like the pages.
        this.templates = new SpringTemplateEngine();
        templates.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
        templates.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setResolvablePatterns(java.util.Set.of(pattern));
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        return resolver;
    }

    boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    /** @param pdf the attachment, or null */
    void send(NoticeIssued notice, String to, String displayName, byte[] pdf, String pdfName) throws MessagingException {
        JavaMailSender mail = sender.getObject();
        var context = new Context(Locale.forLanguageTag("vi-VN"));
        context.setVariable("notice", notice);
        context.setVariable("name", displayName);
        context.setVariable("url", baseUrl + notice.link());
        context.setVariable("rule", notice.rule().label());
        var message = mail.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject("[Nhiệm vụ] " + notice.title());
        helper.setText(templates.process("notice.txt", context), templates.process("notice.html", context));
        if (pdf != null) {
            helper.addAttachment(pdfName, new ByteArrayResource(pdf), "application/pdf");
        }
        mail.send(message);
    }
}
