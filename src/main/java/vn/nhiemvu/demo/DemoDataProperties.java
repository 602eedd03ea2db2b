package vn.nhiemvu.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo switch, read by the login page (it lists the demo accounts) and the first start (no administrator to
 * create) as well as by the loader.
 *
 * @param enabled load the demo organisation, documents, tasks and accounts into an empty database (the profile
 *                {@code prod} turns it off)
 */
@ConfigurationProperties("nhiemvu.demo-data")
public record DemoDataProperties(@DefaultValue("true") boolean enabled) {
}
