package vn.nhiemvu.evaluation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EvaluationConfiguration {

    @Bean
    TaskStatusClassifier taskStatusClassifier(@Value("${nhiemvu.status.due-soon-days:7}") int dueSoonDays) {
        return new TaskStatusClassifier(dueSoonDays);
    }
}
