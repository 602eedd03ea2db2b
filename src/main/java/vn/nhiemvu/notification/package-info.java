/**
 * Notification channels for the monitoring module's notices: the person's in-app notices (read or unread, in the
 * inbox, with a live count over server-sent events), e-mail through SMTP, signed webhooks retried with back-off,
 * and AMQP messages to RabbitMQ through Spring Modulith's event externalization; and each person's choices.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "inbox", "monitoring", "cluster" })
package vn.nhiemvu.notification;
