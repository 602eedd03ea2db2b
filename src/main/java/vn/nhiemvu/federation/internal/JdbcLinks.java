package vn.nhiemvu.federation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.nhiemvu.federation.FederationLink;
import vn.nhiemvu.federation.FederationLink.Direction;
import vn.nhiemvu.federation.FederationLink.Status;

/** Tasks that crossed installations, each with the sequence numbers of the messages about it either way. */
@Repository
class JdbcLinks {

    private static final String COLUMNS = """
            id, direction, peer_code, upper_task_id, lower_task_id, local_task_id, directive_number, directive_title,
            title, deadline, deadline_text, cutoff, status, status_note, progress_percent, completed_on, updated_at
            """;

    private final JdbcClient jdbc;
    private final Wire wire;

    JdbcLinks(JdbcClient jdbc, Wire wire) {
        this.jdbc = jdbc;
        this.wire = wire;
    }

    /** A new link; its assignment is the {@code task.assigned} body as JSON. */
    long insert(Direction direction, String peerCode, long agencyId, String upperTaskId, Long localTaskId,
            Messages.Assigned a, String assignment, Status status, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into federation_link (direction, peer_code, agency_id, upper_task_id, local_task_id,
                    directive_number, directive_title, title, deadline, deadline_text, cutoff, assignment, status,
                    updated_at)
                values (:direction, :peer, :agency, :upper, :local, :number, :directiveTitle, :title, :deadline,
                    :deadlineText, :cutoff, :assignment, :status, :at)
                """).param("direction", direction.name()).param("peer", peerCode).param("agency", agencyId)
                .param("upper", upperTaskId).param("local", localTaskId)
                .param("number", a.directive() == null ? null : a.directive().number())
                .param("directiveTitle", a.directive() == null ? null : a.directive().title())
                .param("title", a.task().title()).param("deadline", a.task().deadline())
                .param("deadlineText", a.task().deadlineText())
                .param("cutoff", a.directive() == null ? null : a.directive().cutoff())
                .param("assignment", assignment).param("status", status.name()).param("at", Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<FederationLink> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from federation_link where id = :id").param("id", id)
                .query(FederationLink.class).optional();
    }

    Optional<Long> agencyOf(long id) {
        return jdbc.sql("select agency_id from federation_link where id = :id").param("id", id).query(Long.class)
                .optional();
    }

    String assignment(long id) {
        return jdbc.sql("select assignment from federation_link where id = :id").param("id", id).query(String.class)
                .single();
    }

    Optional<FederationLink> find(Direction direction, String peerCode, String upperTaskId) {
        return jdbc.sql("select " + COLUMNS + """
                 from federation_link where direction = :direction and peer_code = :peer and upper_task_id = :upper
                """).param("direction", direction.name()).param("peer", peerCode).param("upper", upperTaskId)
                .query(FederationLink.class).optional();
    }

    Optional<FederationLink> ofLocalTask(long agencyId, long taskId) {
        return jdbc.sql("select " + COLUMNS + """
                 from federation_link where agency_id = :agency and local_task_id = :task
                 order by id fetch first 1 rows only
                """).param("agency", agencyId).param("task", taskId).query(FederationLink.class).optional();
    }

    List<FederationLink> list(long agencyId, Direction direction) {
        String where = direction == null ? "" : " and direction = '" + direction.name() + "'";
        return jdbc.sql("select " + COLUMNS + " from federation_link where agency_id = :agency" + where
                + " order by id desc").param("agency", agencyId).query(FederationLink.class).list();
    }

    List<FederationLink> waiting(long agencyId) {
        return jdbc.sql("select " + COLUMNS + """
                 from federation_link where agency_id = :agency and direction = 'INCOMING' and status = 'WAITING'
                 order by id
                """).param("agency", agencyId).query(FederationLink.class).list();
    }

    /** The next sequence number of a message this side sends about the link. */
    long nextSequenceOut(long id) {
        jdbc.sql("update federation_link set last_sequence_out = last_sequence_out + 1 where id = :id")
                .param("id", id).update();
        return jdbc.sql("select last_sequence_out from federation_link where id = :id").param("id", id)
                .query(Long.class).single();
    }

    long lastSequenceIn(long id) {
        return jdbc.sql("select last_sequence_in from federation_link where id = :id").param("id", id)
                .query(Long.class).single();
    }

    /** Moves the last applied sequence number on, if no one else did (false: a concurrent delivery did). */
    boolean applied(long id, long previous, long sequence) {
        return jdbc.sql("""
                update federation_link set last_sequence_in = :sequence
                where id = :id and last_sequence_in = :previous
                """).param("id", id).param("previous", previous).param("sequence", sequence).update() == 1;
    }

    void status(long id, Status status, String note, Integer percent, LocalDate completedOn, Instant at) {
        jdbc.sql("""
                update federation_link set status = :status, status_note = :note,
                       progress_percent = coalesce(:percent, progress_percent),
                       completed_on = :completedOn, updated_at = :at
                where id = :id
                """).param("id", id).param("status", status.name()).param("note", note).param("percent", percent)
                .param("completedOn", completedOn).param("at", Timestamp.from(at)).update();
    }

    void accepted(long id, long localTaskId, Instant at) {
        jdbc.sql("""
                update federation_link set local_task_id = :task, lower_task_id = :lower, status = 'ACCEPTED',
                       updated_at = :at
                where id = :id
                """).param("id", id).param("task", localTaskId).param("lower", Long.toString(localTaskId))
                .param("at", Timestamp.from(at)).update();
    }

    /** Open or not, the links of the agency's tasks of the directive. */
    java.util.List<FederationLink> ofDirective(long agencyId, String number) {
        return jdbc.sql("select " + COLUMNS + """
                 from federation_link where agency_id = :agency and directive_number = :number order by id
                """).param("agency", agencyId).param("number", number).query(FederationLink.class).list();
    }

    /** The assignment as last changed. */
    Messages.Assigned assigned(long id) {
        return wire.read(assignment(id), Messages.Assigned.class);
    }

    /**
     * The task changed above: its title, deadline and cut-off as shown, and the assignment (what the lower side's
     * Office accepts) with them.
     */
    void changed(long id, Messages.Changed c) {
        Messages.Assigned a = assigned(id);
        Messages.DirectiveInfo d = a.directive() == null ? null : new Messages.DirectiveInfo(a.directive().kind(),
                a.directive().number(), a.directive().title(), a.directive().issuerCode(), a.directive().issueDate(),
                c.cutoff());
        var assignment = new Messages.Assigned(d, new Messages.AssignedTask(c.title(), c.description(),
                a.task().kind(), c.deadline(), c.deadlineText()));
        jdbc.sql("""
                update federation_link set title = :title, deadline = :deadline, deadline_text = :deadlineText,
                       cutoff = :cutoff, assignment = :assignment
                where id = :id
                """).param("id", id).param("title", c.title()).param("deadline", c.deadline())
                .param("deadlineText", c.deadlineText()).param("cutoff", c.cutoff())
                .param("assignment", wire.write(assignment)).update();
    }

    void lowerTaskId(long id, String lowerTaskId) {
        jdbc.sql("update federation_link set lower_task_id = :lower where id = :id and lower_task_id is null")
                .param("id", id).param("lower", lowerTaskId).update();
    }
}
