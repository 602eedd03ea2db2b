package vn.nhiemvu.round;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.round.RoundRequests.column;
import static vn.nhiemvu.round.RoundRequests.round;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Invitation links of focal people (ADR 0045) through HTTP: the organiser issues one for an addressee agency, the
 * person follows it without an account, sets a password and so gets an account of that agency which sees only the
 * rounds addressed to it; a used, revoked or expired link is refused with a Vietnamese problem saying which, an
 * unknown one is not found, and only the token's hash is stored.
 */
@IntegrationTest
class InvitationIntegrationTests extends RoundApiTest {

    private static final String PASSWORD = "Dau-moi-Moi-2026!";

    private Api anyone() {
        return Api.anonymous(port);
    }

    private long open(String title, String... addressees) {
        Api.Response created = as("cdsqg").post("/api/v1/rounds", round(title, today, "trong 10 ngày làm việc", false,
                List.of(column("task", "Nhiệm vụ đề xuất", "LONG_TEXT", true)), addressees));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private JsonNode invite(long round, String agency) {
        Api.Response issued = as("cdsqg").post("/api/v1/rounds/" + round + "/invitations", Map.of("agency", agency));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return issued.json();
    }

    private static Map<String, String> account(String username) {
        return Map.of("username", username, "displayName", "Cục CNTT, Bộ Tư pháp", "password", PASSWORD);
    }

    @Test
    void anInvitedFocalPersonSetsAPasswordOnceAndSeesOnlyTheirAgencysRounds() throws Exception {
        long id = open("Vòng thử lời mời: đề xuất nhiệm vụ", "BTP", "BYT");
        long other = open("Vòng thử lời mời: không hỏi Bộ Tư pháp", "BYT");

        JsonNode issued = invite(id, "BTP");
        String token = issued.get("token").asString();
        assertThat(issued.get("state").asString()).isEqualTo("PENDING");
        assertThat(issued.get("link").asString()).endsWith("/invitations/" + token);
        assertThat(issued.get("agency").get("code").asString()).isEqualTo("BTP");
        // Only the hash is kept: the table cannot be read back into a working link.
        String stored = jdbc.sql("select token_sha256 from round_invitation where id = :id")
                .param("id", issued.get("id").asLong()).query(String.class).single();
        assertThat(stored).isNotEqualTo(token).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))));
        // The list never gives the token again.
        JsonNode listed = as("cdsqg").get("/api/v1/rounds/" + id + "/invitations").json().get("items").get(0);
        assertThat(listed.get("token").isNull()).isTrue();

        // Followed without an account: which round, which agency, until when.
        Api.Response opened = anyone().get("/api/v1/invitations/" + token);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        assertThat(opened.json().get("agency").asString()).isEqualTo("Bộ Tư pháp");
        assertThat(opened.json().get("round").asString()).isEqualTo("Vòng thử lời mời: đề xuất nhiệm vụ");
        Api.Response page = anyone().get("/invitations/" + token);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Bạn được mời làm đầu mối của Bộ Tư pháp", "name=\"passwordAgain\"");

        // A weak password is refused and the link stays usable.
        Api.Response weak = anyone().post("/api/v1/invitations/" + token,
                Map.of("username", "btp-moi", "displayName", "Cục CNTT", "password", "123"));
        assertThat(weak.status()).as(weak.toString()).isEqualTo(400);
        assertThat(anyone().get("/api/v1/invitations/" + token).status()).isEqualTo(200);

        Api.Response accepted = anyone().post("/api/v1/invitations/" + token, account("btp-moi"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(accepted.json().get("username").asString()).isEqualTo("btp-moi");

        // The account belongs to the invited agency: it sees the round addressed to it and nothing else.
        Api.Response mine = Api.withBasic(port, "btp-moi", PASSWORD).get("/api/v1/rounds");
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.json().get("items").toString()).contains("\"id\":" + id + ",")
                .doesNotContain("\"id\":" + other + ",");
        assertThat(Api.withBasic(port, "btp-moi", PASSWORD).get("/api/v1/rounds/" + other).status()).isEqualTo(404);
        assertThat(Api.withBasic(port, "btp-moi", PASSWORD).get("/api/v1/tasks").status()).isEqualTo(404);
        assertThat(as("cdsqg").get("/api/v1/rounds/" + id + "/respondents").json().get("items").toString())
                .contains("btp-moi");

        // Used once: a second use is refused, saying so, as the page says too.
        Api.Response again = anyone().post("/api/v1/invitations/" + token, account("btp-moi-2"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("đã được dùng lúc");
        assertThat(again.json().get("invitation").asString()).isEqualTo("ACCEPTED");
        Api.Response usedPage = anyone().get("/invitations/" + token);
        assertThat(usedPage.status()).isEqualTo(409);
        assertThat(usedPage.body()).contains("đã được dùng lúc").doesNotContain("name=\"passwordAgain\"");
        assertThat(as("cdsqg").post("/api/v1/rounds/" + id + "/invitations/" + issued.get("id").asLong()
                + "/revocation", null).status()).isEqualTo(409);

        // An unknown link is not found.
        Api.Response unknown = anyone().get("/api/v1/invitations/khong-co-loi-moi-nay");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asString()).contains("Không có lời mời");

        assertThat(jdbc.sql("""
                select count(*) from audit_event
                 where entity_type = 'PROPOSAL_ROUND' and entity_id = :id and action in ('INVITATION_ISSUED',
                       'INVITATION_ACCEPTED')
                """).param("id", id).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aRevokedOrExpiredLinkIsRefusedAndOnlyTheOrganiserIssuesThem() {
        long id = open("Vòng thử lời mời: thu hồi, hết hạn", "BCA", "BYT");

        // A new link for the agency revokes its unused one; the newest can be revoked by hand.
        String first = invite(id, "BCA").get("token").asString();
        JsonNode second = invite(id, "BCA");
        Api.Response replaced = anyone().post("/api/v1/invitations/" + first, account("bca-moi"));
        assertThat(replaced.status()).isEqualTo(409);
        assertThat(replaced.json().get("invitation").asString()).isEqualTo("REVOKED");
        assertThat(replaced.json().get("detail").asString()).contains("đã bị đơn vị tổ chức thu hồi");
        Api.Response revoked = as("cdsqg").post("/api/v1/rounds/" + id + "/invitations/" + second.get("id").asLong()
                + "/revocation", null);
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().get("state").asString()).isEqualTo("REVOKED");
        assertThat(anyone().get("/api/v1/invitations/" + second.get("token").asString()).status()).isEqualTo(409);

        // Past its time, a link is refused.
        JsonNode third = invite(id, "BCA");
        jdbc.sql("update round_invitation set expires_at = :past where id = :id")
                .param("past", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1)).param("id", third.get("id").asLong())
                .update();
        Api.Response expired = anyone().post("/api/v1/invitations/" + third.get("token").asString(),
                account("bca-moi"));
        assertThat(expired.status()).isEqualTo(409);
        assertThat(expired.json().get("invitation").asString()).isEqualTo("EXPIRED");
        assertThat(expired.json().get("detail").asString()).contains("đã hết hạn lúc");
        assertThat(as("cdsqg").get("/api/v1/rounds/" + id + "/invitations").json().get("items").findValuesAsString(
                "state")).containsExactly("EXPIRED", "REVOKED", "REVOKED");

        // Only the organiser issues them, for an agency asked.
        assertThat(as("byt").post("/api/v1/rounds/" + id + "/invitations", Map.of("agency", "BYT")).status())
                .isEqualTo(404);
        assertThat(as("pc").post("/api/v1/rounds/" + id + "/invitations", Map.of("agency", "BYT")).status())
                .isEqualTo(403);
        assertThat(as("cdsqg").post("/api/v1/rounds/" + id + "/invitations", Map.of("agency", "BTC")).status())
                .isEqualTo(400);
    }
}
