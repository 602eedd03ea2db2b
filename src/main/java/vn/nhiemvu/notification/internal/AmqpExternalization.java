package vn.nhiemvu.notification.internal;

import java.util.concurrent.CompletableFuture;

import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;

/**
 * Externalizes events marked {@code @Externalized} (the notices) to RabbitMQ through Spring Modulith: the JDBC event
 * publication registry is the outbox, so a message is sent after the notice commits and retried from the registry
 * if RabbitMQ was down. Only when {@code nhiemvu.events.amqp.enabled=true}: the embedded default needs no broker.
 * (Spring Modulith's own AMQP artifact is not served for 2.1 here; this is its transport, over Spring AMQP.)
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "nhiemvu.events.amqp.enabled", havingValue = "true")
class AmqpExternalization {

    static final String EXCHANGE = "nhiemvu.notices";

    @Bean
    TopicExchange noticesExchange() {
        return new TopicExchange(EXCHANGE, true, false);
    }

    @Bean
    DelegatingEventExternalizer amqpEventExternalizer(EventExternalizationConfiguration configuration,
            RabbitTemplate rabbit) {
        rabbit.setMessageConverter(new JacksonJsonMessageConverter());
        return new DelegatingEventExternalizer(configuration, (target, payload) -> {
            rabbit.convertAndSend(target.getTarget(), target.getKey() == null ? "" : target.getKey(), payload);
            return CompletableFuture.completedFuture(null);
        });
    }
}
