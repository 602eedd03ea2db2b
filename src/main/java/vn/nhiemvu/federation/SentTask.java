package vn.nhiemvu.federation;

import java.time.LocalDate;

import vn.nhiemvu.evaluation.TaskStatus;

/**
 * A task this installation assigned to a peer, with the status computed here from what the peer reported (the
 * upper level's calendar and policy, its deadline moved by the extensions it approved).
 *
 * @param status     null for a task the peer returned: it is this side's own again, not the peer's
 * @param deadline   the deadline it is judged against (the one sent, or the last extension granted)
 */
public record SentTask(FederationLink link, TaskStatus status, LocalDate deadline) {
}
