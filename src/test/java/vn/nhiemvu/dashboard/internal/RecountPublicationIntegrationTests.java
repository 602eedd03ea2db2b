package vn.nhiemvu.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nhiemvu.support.IntegrationTest;

/**
 * A recount after a change of the status rules runs after the change committed, as a publication of the event
 * registry (ADR 0032): when it fails, its publication stays incomplete (FAILED) instead of being marked done, and
 * resubmitting the failed publications runs it again, after which the registry forgets it. The failure is injected
 * once into the real recount, which then runs.
 */
@IntegrationTest
class RecountPublicationIntegrationTests {

    /** A Mockito spy in every integration test (see {@link IntegrationTest}), so this class shares their context. */
    @Autowired
    DashboardService dashboards;
    @Autowired
    JdbcAggregates store;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    FailedEventPublications failed;
    @Autowired
    JdbcClient jdbc;

    private List<String> publications(String reason) {
        return jdbc.sql("select coalesce(status, 'NONE') || ':' || case when completion_date is null then 'OPEN'"
                + " else 'DONE' end from event_publication where serialized_event like :reason")
                .param("reason", "%" + reason + "%").query(String.class).list();
    }

    @Test
    void aRecountThatFailedStaysIncompleteAndRunsAgainWhenResubmitted() {
        // The recount a migration asked for runs at start; it must be over before the failure is injected.
        await().atMost(Duration.ofSeconds(60)).until(() -> store.recountRequests().isEmpty());
        long agency = store.agencies().get(0);
        clearInvocations(dashboards);
        doThrow(new IllegalStateException("the database went away (injected)")).doCallRealMethod().when(dashboards)
                .recount(agency);
        String reason = "test " + UUID.randomUUID();

        new TransactionTemplate(transactions).executeWithoutResult(
                s -> events.publishEvent(new StatusRulesListener.RecountRequested(agency, reason)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            verify(dashboards, times(1)).recount(agency);
            assertThat(publications(reason)).containsExactly("FAILED:OPEN");
        });

        // As the scheduled FailedPublications does, for this publication only.
        failed.resubmit(ResubmissionOptions.defaults().withFilter(
                p -> p.getEvent() instanceof StatusRulesListener.RecountRequested r && r.reason().equals(reason)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            verify(dashboards, times(2)).recount(agency);
            assertThat(publications(reason)).isEmpty();
        });
    }
}
