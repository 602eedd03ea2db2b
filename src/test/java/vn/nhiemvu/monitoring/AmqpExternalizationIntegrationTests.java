package vn.nhiemvu.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.Bodies;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Notices reach RabbitMQ through Spring Modulith's event externalization (the JDBC event publication registry is
 * the outbox). Runs when RabbitMQ answers on 127.0.0.1:5672; CI sets RABBITMQ_REQUIRED=1 so that it cannot skip.
 */
@IntegrationTest
@TestPropertySource(properties = "nhiemvu.events.amqp.enabled=true")
class AmqpExternalizationIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void rabbitMq() {
        boolean reachable;
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5672), 1000);
            reachable = true;
        } catch (IOException e) {
            reachable = false;
        }
        if ("1".equals(System.getenv("RABBITMQ_REQUIRED"))) {
            assertThat(reachable).as("RabbitMQ on 127.0.0.1:5672 (RABBITMQ_REQUIRED=1)").isTrue();
        }
        assumeTrue(reachable, "RabbitMQ is not running on 127.0.0.1:5672");
    }

    @LocalServerPort
    int port;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    RabbitTemplate rabbit;

    @Test
    void aNoticeIsPublishedToTheExchange() {
        // Neither exclusive nor auto-delete: an auto-delete queue is dropped when the first receive times out and
        // cancels its consumer, and the next receive then fails with 404 (seen once in CI on a busy machine).
        var queue = new Queue("nhiemvu.test." + UUID.randomUUID(), false, false, false);
        admin.declareQueue(queue);
        try {
            admin.declareBinding(BindingBuilder.bind(queue).to(new TopicExchange("nhiemvu.notices")).with("notice.issued"));
            assertNoticeArrives(queue.getName());
        } finally {
            admin.deleteQueue(queue.getName());
        }
    }

    private void assertNoticeArrives(String queue) {
        // Due tomorrow: the change itself triggers the task's sweep, which warns the lead unit at once.
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
        var created = Api.as(port, "vanphong").post("/api/v1/tasks", Bodies.task("Gửi sự kiện qua RabbitMQ", "CDSQG", tomorrow));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long taskId = created.json().get("id").asLong();

        // The assignment's notice and the deadline's, both through the same outbox.
        var found = new HashMap<String, JsonNode>();
        long until = System.currentTimeMillis() + 20_000;
        while (found.size() < 2 && System.currentTimeMillis() < until) {
            Message message = rabbit.receive(queue, 1000);
            if (message != null) {
                JsonNode body = JSON.readTree(new String(message.getBody(), StandardCharsets.UTF_8));
                if (body.path("taskId").asLong() == taskId) {
                    found.put(body.get("rule").asString(), body);
                }
            }
        }
        assertThat(found).as("the notices about task " + taskId + " in RabbitMQ").containsOnlyKeys("DUE_SOON",
                "TASK_ASSIGNED");
        assertThat(found.get("DUE_SOON").get("title").asString())
                .isEqualTo("Nhiệm vụ sắp đến hạn: Gửi sự kiện qua RabbitMQ");
        assertThat(found.get("TASK_ASSIGNED").get("link").asString()).isEqualTo("/tasks/" + taskId);
    }
}
